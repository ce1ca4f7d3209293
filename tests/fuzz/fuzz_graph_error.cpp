// A Graph error reply (status line, headers, body) into GraphError, as GraphCall::finish makes it.
#include "fuzzsupport.h"
#include "grapherror.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzzInitialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FuzzHttpReply reply = fuzzSplitHttpReply(fuzzBytes(data, size));
    const GraphError error = GraphError::fromHttpReply(reply.status, reply.body, reply.headers);
    FUZZ_CHECK(error.kind == GraphError::Kind::Http && error.isError());
    FUZZ_CHECK(error.httpStatus == reply.status);
    FUZZ_CHECK(!error.message.isEmpty()); // an admin always gets words, whatever the body was
    FUZZ_CHECK(!error.summary().isEmpty());
    FUZZ_CHECK(error.details().startsWith(QStringLiteral("Error: ")));
    FUZZ_CHECK(error.time.isValid());
    return 0;
}
