#pragma once

#include "cliarguments.h"

#include <QObject>
#include <QTextStream>
#include <memory>

class AccountManager;
class AuditLog;
class Operation;
class OperationRunner;
class AuthSession;
class GraphClient;
class TokenCache;
class GraphEmulator;
class GraphListJob;
struct GraphError;

// Runs one cloudpcctl command against Graph (or the demo emulator) and ends with its exit code.
class CliApp : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Success = 0, SomeFailed = 1, UsageError = 2, SignInFailure = 3, GraphFailure = 4 };

    CliApp(CliArguments arguments, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~CliApp() override;

    // Sets up the connection and starts the command. Returns -1 when the command is under way (wait for
    // finished()), otherwise the exit code right away.
    int start();
    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    int setUpService();
    int runAccountCommand();
    int runCommand();
    // The commands that change something: confirmed, audited, sent through OperationRunner.
    int runAct();
    bool confirm(const QString &question);
    void reportAct(Operation *operation);
    void finish(int code);
    int exitCodeFor(const GraphError &error) const;
    void reportError(const GraphError &error);

    void listCloudPcs();
    // The restore points of one Cloud PC, newest first.
    void listSnapshots(const QString &cloudPcId);
    // Streams a collection to the output; the records are Graph's objects as received.
    void streamList(GraphListJob *job, const QList<CliOutput::Column> &columns,
                    const std::function<QJsonObject(const QJsonObject &)> &shape = {});

    // Azure network connections and the fleet overview (cliconnections.cpp).
    void listConnections();
    void showOverview();
    // connections check --wait: after the act, follows each accepted connection with GET until its checks
    // are no longer running, then prints each one's status and failed checks.
    void followConnections(const QStringList &ids);

    CliArguments m_arguments;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<GraphEmulator> m_emulator;
    std::unique_ptr<TokenCache> m_tokenCache;
    std::unique_ptr<AccountManager> m_accounts;
    std::unique_ptr<AuthSession> m_session;
    std::unique_ptr<GraphClient> m_client;
    std::unique_ptr<AuditLog> m_auditLog;
    std::unique_ptr<OperationRunner> m_runner;
    std::unique_ptr<CliOutput> m_output;
    int m_exitCode = Success;
};
