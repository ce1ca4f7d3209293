// Replays the seeds of every fuzz target (tests/fuzz/corpus/<target>/) through its LLVMFuzzerTestOneInput,
// compiled without libFuzzer: the corpus, crash regressions included, runs in the ordinary test build and
// under run-sanitizers.sh. A failed invariant aborts, after the name of the input is printed.
#include "fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

#define CLOUDPC_FUZZER(name)                                                                                 \
    extern "C" int name##_initialize(int *argc, char ***argv);                                               \
    extern "C" int name##_testOneInput(const uint8_t *data, size_t size);
#include "fuzzers.inc"
#undef CLOUDPC_FUZZER

namespace {
struct Fuzzer
{
    const char *name;
    int (*initialize)(int *, char ***);
    int (*testOneInput)(const uint8_t *, size_t);
};

const Fuzzer kFuzzers[] = {
#define CLOUDPC_FUZZER(name) {#name, name##_initialize, name##_testOneInput},
#include "fuzzers.inc"
#undef CLOUDPC_FUZZER
};
} // namespace

int main(int argc, char *argv[])
{
    fuzzInitialize(&argc, &argv, true); // one application object for all targets: the GUI one
    QTextStream out(stdout);
    int inputs = 0;
    for (const Fuzzer &fuzzer : kFuzzers) {
        if (fuzzer.initialize(&argc, &argv) != 0) {
            out << fuzzer.name << ": initialization failed\n";
            return 1;
        }
        const QDir dir(QStringLiteral(CLOUDPC_FUZZ_CORPUS "/") + QLatin1String(fuzzer.name));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        if (files.isEmpty()) {
            out << fuzzer.name << ": no seeds in " << dir.path() << "\n";
            return 1;
        }
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                out << "cannot read " << file.fileName() << "\n";
                return 1;
            }
            const QByteArray data = file.readAll();
            out << fuzzer.name << ": " << name << Qt::endl; // printed first: an abort names its input
            fuzzer.testOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
            ++inputs;
        }
    }
    out << inputs << " seeds replayed\n";
    return 0;
}
