#pragma once

#include <QSet>
#include <QString>

// Shares equal strings: a list of 100,000 Cloud PCs names a handful of policies, plans and images, and
// each page parsed from JSON brings its own copies. intern() swaps a string for the pooled equal one.
class StringPool
{
public:
    void intern(QString &text);
    void clear() { m_strings.clear(); }
    int size() const { return int(m_strings.size()); }

private:
    QSet<QString> m_strings;
};
