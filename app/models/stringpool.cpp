#include "stringpool.h"

void StringPool::intern(QString &text)
{
    if (text.isEmpty()) {
        text = QString();
        return;
    }
    const auto it = m_strings.constFind(text);
    if (it != m_strings.constEnd())
        text = *it;
    else
        m_strings.insert(text);
}
