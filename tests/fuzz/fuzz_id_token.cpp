// An id token (header.payload.signature, base64url) into Account, as a token reply's id_token is read.
#include "account.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzzInitialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::optional<Account> account =
        Account::fromIdToken(QString::fromUtf8(fuzzBytes(data, size)), GraphCloud::Global);
    if (!account)
        return 0;
    FUZZ_CHECK(account->isValid());
    FUZZ_CHECK(account->homeAccountId().startsWith(account->objectId + QLatin1Char('.')));
    account->displayText();
    return 0;
}
