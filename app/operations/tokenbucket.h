#pragma once

#include <QtGlobal>

// A token bucket: at most `ratePerSecond` on average, `burst` at once. Time is given by the caller (ms on
// any monotonic clock), so that it is tested without waiting.
class TokenBucket
{
public:
    TokenBucket(double ratePerSecond = 2.0, double burst = 4.0);
    void configure(double ratePerSecond, double burst);

    // Takes `count` tokens (at most the burst) when there are as many at nowMs.
    bool tryTake(qint64 nowMs, double count = 1.0);
    // Milliseconds until `count` tokens (at most the burst) are there (0: now).
    qint64 msUntilToken(qint64 nowMs, double count = 1.0);
    double ratePerSecond() const { return m_rate; }

private:
    void refill(qint64 nowMs);

    double m_rate;
    double m_burst;
    double m_tokens;
    qint64 m_lastMs = -1;
};
