#include "consolestartup.h"

#include <QApplication>
#include <QElapsedTimer>

// cloudpc-console: see ConsoleStartup for the options and what starts when.
int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (const std::optional<int> exitCode = ConsoleStartup::beforeApplication(argc, argv))
        return *exitCode;
    QApplication app(argc, argv);
    ConsoleStartup::describeApplication();
    ConsoleStartup startup(sinceStart);
    startup.parseArguments();
    if (const int exitCode = startup.connectToGraph())
        return exitCode;
    startup.showWindow();
    return app.exec();
}
