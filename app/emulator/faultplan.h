#pragma once

#include <QString>
#include <random>

// Which faults the emulator injects, as shares of the requests it answers, drawn from a seeded generator so
// that a run can be repeated. Parsed from "429=0.1,503=0.05,reset=0.02,lost=0.01,malformed=0.01,slow=0.05".
class FaultPlan
{
public:
    enum class Fault {
        None,
        Throttle,       // 429 Too Many Requests with Retry-After
        Unavailable,    // 503 Service Unavailable with Retry-After
        ResetBefore,    // connection dropped before the request is processed (nothing happened)
        ResetAfter,     // processed, then the connection dropped before the answer (outcome unknown)
        MalformedReply, // processed, then a 200 whose JSON body is cut short
        Slow,           // processed, answered after slowMs
    };

    double throttle = 0;
    double unavailable = 0;
    double resetBefore = 0;
    double resetAfter = 0;
    double malformed = 0;
    double slow = 0;
    int slowMs = 1500;
    int retryAfterSeconds = 1;

    // Returns an empty string when the text is valid, otherwise what is wrong with it.
    QString parse(const QString &text);
    bool isActive() const { return throttle + unavailable + resetBefore + resetAfter + malformed + slow > 0; }
    void seed(quint32 seed) { m_random.seed(seed); }
    Fault draw();

    static QString name(Fault fault);

private:
    std::mt19937_64 m_random{7};
};
