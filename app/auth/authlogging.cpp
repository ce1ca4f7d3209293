#include "authlogging.h"

Q_LOGGING_CATEGORY(lcAuth, "cloudpc.auth", QtInfoMsg)
