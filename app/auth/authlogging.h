#pragma once

#include <QLoggingCategory>

// Sign-in logging. Never log a token, an authorization code, a PKCE verifier, a device code or a secret.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
