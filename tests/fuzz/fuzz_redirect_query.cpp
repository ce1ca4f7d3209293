// The browser's request to the loopback redirect URI (the request target, "/?code=…&state=…" or
// "/?error=…&error_description=…"). LoopbackReplyHandler reads the request line and splits the query into a
// map (done the same way here); what the console reads of that map is fuzzed: the error
// redirect (IdentityError::fromRedirect, AADSTS codes, percent- and plus-decoding) and the state and code
// checks of InteractiveSignIn::onCallback.
#include "fuzzsupport.h"
#include "identityerror.h"

#include <QUrl>
#include <QUrlQuery>
#include <QVariantMap>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzzInitialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // LoopbackReplyHandler::answer.
    const QUrl url(QStringLiteral("http://127.0.0.1:1234") + QString::fromUtf8(fuzzBytes(data, size)));
    QVariantMap values;
    const QUrlQuery query(url.query());
    const auto items = query.queryItems();
    for (const auto &item : items)
        values.insert(item.first, item.second);

    const QString error = values.value(QStringLiteral("error")).toString();
    if (!error.isEmpty()) {
        const IdentityError identityError =
            IdentityError::fromRedirect(error, values.value(QStringLiteral("error_description")).toString());
        FUZZ_CHECK(identityError.kind == IdentityError::Kind::Server && identityError.error == error);
        FUZZ_CHECK(!identityError.summary().isEmpty());
        identityError.details();
        identityError.requiresInteraction();
        return 0;
    }
    const QString state = QUrl::fromPercentEncoding(values.value(QStringLiteral("state")).toByteArray());
    const QString code = values.value(QStringLiteral("code")).toString();
    Q_UNUSED(state);
    Q_UNUSED(code);
    return 0;
}
