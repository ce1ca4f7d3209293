#pragma once

// What the tests against the emulator share: a GraphEmulator on loopback, a GraphClient pointed at it with a
// token the emulator issued, and, when asked, the tenant's lists (TenantLists) over that client, every list
// read. Then one request's answer (send), every item of a list (list), the first Cloud PC of a status.
//
//     EmulatorSession session(options);     // or makeEmulatorSession(options): null when it cannot start
//     QVERIFY(session.start());
//     session.client.retryPolicy().maxAttempts = 1; // anything the test changes before the lists load
//     QVERIFY(session.loadLists());
#include "cloudpc.h"
#include "graphcall.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "grapherror.h"
#include "graphlistjob.h"
#include "graphrequest.h"
#include "listloader.h"
#include "tenantlists.h"

#include <QJsonArray>
#include <QtTest>
#include <memory>

class EmulatorSession
{
public:
    // Graph's answer to one request: the HTTP status (the error's when it failed), the error, the body.
    struct Answer
    {
        int status = 0;
        GraphError error;
        QByteArray body;
    };

    explicit EmulatorSession(const GraphEmulator::Options &options = {})
        : emulator(options)
    {}
    virtual ~EmulatorSession() = default;
    EmulatorSession(const EmulatorSession &) = delete;
    EmulatorSession &operator=(const EmulatorSession &) = delete;

    // Starts the emulator and points the client at it with a token; false when the emulator cannot listen.
    bool start()
    {
        if (!emulator.start())
            return false;
        client.setBaseUrl(emulator.baseUrl());
        client.setAccessToken(emulator.issueAccessToken());
        return true;
    }

    // TenantLists over the client, made once (a test may connect to it before loadLists).
    TenantLists *makeLists()
    {
        if (!lists)
            lists = std::make_unique<TenantLists>(&client);
        return lists.get();
    }

    // Every list of makeLists() read again; false when a list failed or not every list finished within
    // timeoutMs.
    bool loadLists(int timeoutMs = 20000)
    {
        makeLists();
        int finished = 0;
        int failed = 0;
        QObject context;
        for (int list = 0; list < TenantLists::ListCount; ++list) {
            QObject::connect(lists->loader(list), &ListLoader::finished, &context,
                             [&finished] { ++finished; });
            QObject::connect(lists->loader(list), &ListLoader::failed, &context, [&failed] { ++failed; });
        }
        lists->reload();
        const bool ended =
            QTest::qWaitFor([&] { return finished + failed >= int(TenantLists::ListCount); }, timeoutMs);
        return ended && failed == 0 && finished == int(TenantLists::ListCount);
    }

    // Sends one request and waits for its answer (a test failure when none comes within timeoutMs).
    Answer send(const GraphRequest &request, int timeoutMs = 10000)
    {
        Answer answer;
        GraphCall *call = client.send(request);
        bool done = false;
        QObject::connect(call, &GraphCall::finished, call, [&] {
            answer.status = call->ok() ? call->httpStatus() : call->error().httpStatus;
            answer.error = call->error();
            answer.body = call->body();
            done = true;
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, timeoutMs);
        }();
        return answer;
    }

    // Every item of a list, page after page (a failure is logged and ends the list; a test failure when it
    // does not end within timeoutMs). `pages`, when given: how many pages were read.
    QJsonArray list(const GraphRequest &request, int *pages = nullptr, int timeoutMs = 10000)
    {
        QJsonArray items;
        GraphListJob *job = client.list(request);
        bool done = false;
        QObject::connect(job, &GraphListJob::pageReceived, job, [&](const QJsonArray &page) {
            for (const QJsonValue &item : page)
                items.append(item);
        });
        QObject::connect(job, &GraphListJob::finished, job, [&] {
            if (pages)
                *pages = job->pageCount();
            done = true;
        });
        QObject::connect(job, &GraphListJob::failed, job, [&](const GraphError &error) {
            qWarning() << error.summary();
            done = true;
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, timeoutMs);
        }();
        return items;
    }

    // The emulator's first Cloud PC of that status (other than `besides`); an empty one when there is none.
    CloudPc firstWithStatus(CloudPcStatus status, const QString &besides = {})
    {
        for (const CloudPc &pc : emulator.tenant().cloudPcs()) {
            if (pc.status == status && pc.id != besides)
                return pc;
        }
        return {};
    }

    GraphEmulator emulator;
    GraphClient client;
    std::unique_ptr<TenantLists> lists; // made by loadLists
};

// A started session, or null when the emulator cannot listen.
inline std::unique_ptr<EmulatorSession> makeEmulatorSession(const GraphEmulator::Options &options)
{
    auto session = std::make_unique<EmulatorSession>(options);
    if (!session->start())
        return nullptr;
    return session;
}
