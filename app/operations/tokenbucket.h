#pragma once

#include <QtGlobal>

// A token bucket: at most `ratePerSecond` on average, `burst` at once. Time is given by the caller (ms on
// any monotonic clock), so that it is tested without waiting.
class TokenBucket
{
public:
    TokenBucket(double ratePerSecond = 2.0, double burst = 4.0);
    void configure(double ratePerSecond, double burst);

    // Takes one token when there is one at nowMs.
    bool tryTake(qint64 nowMs);
    // Milliseconds until a token is there (0: now).
    qint64 msUntilToken(qint64 nowMs);
    double ratePerSecond() const { return m_rate; }

private:
    void refill(qint64 nowMs);

    double m_rate;
    double m_burst;
    double m_tokens;
    qint64 m_lastMs = -1;
};
