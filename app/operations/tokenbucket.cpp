#include "tokenbucket.h"

#include <cmath>

TokenBucket::TokenBucket(double ratePerSecond, double burst)
    : m_rate(ratePerSecond)
    , m_burst(burst)
    , m_tokens(burst)
{}

void TokenBucket::configure(double ratePerSecond, double burst)
{
    m_rate = ratePerSecond > 0 ? ratePerSecond : 1.0;
    m_burst = burst >= 1 ? burst : 1.0;
    m_tokens = qMin(m_tokens, m_burst);
}

void TokenBucket::refill(qint64 nowMs)
{
    if (m_lastMs >= 0 && nowMs > m_lastMs)
        m_tokens = qMin(m_burst, m_tokens + double(nowMs - m_lastMs) * m_rate / 1000.0);
    if (nowMs > m_lastMs)
        m_lastMs = nowMs;
}

bool TokenBucket::tryTake(qint64 nowMs, double count)
{
    refill(nowMs);
    count = qMin(count, m_burst);
    if (m_tokens < count)
        return false;
    m_tokens -= count;
    return true;
}

qint64 TokenBucket::msUntilToken(qint64 nowMs, double count)
{
    refill(nowMs);
    count = qMin(count, m_burst);
    if (m_tokens >= count)
        return 0;
    return qint64(std::ceil((count - m_tokens) * 1000.0 / m_rate));
}
