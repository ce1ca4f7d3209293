#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;

// A coloured line with a message and buttons beside it: the sign-in dialogs' errors and notices, and the
// banner above the main window's lists. Its colours follow the palette (light or dark).
class NoticeBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };

    explicit NoticeBar(Kind kind = Kind::Info, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    QString text() const;
    // Plain text; an empty text hides the bar (unless hidesWhenEmpty is off: a toolbar shows it).
    void setText(const QString &text);
    void setHidesWhenEmpty(bool hides) { m_hidesWhenEmpty = hides; }
    // One line: a text wider than the bar ends in "…" and its tooltip holds all of it (a bar in a toolbar,
    // which must not grow taller or push its buttons out). Off: the text wraps at word boundaries.
    void setElided(bool elided);
    bool isElided() const { return m_elided; }
    QLabel *label() const { return m_label; }
    // Buttons go to the right of the text, in the order added.
    void addWidget(QWidget *widget);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyColours();
    void updateLabel();

    Kind m_kind;
    QLabel *m_label;
    QHBoxLayout *m_layout;
    QString m_text;
    bool m_applying = false;
    bool m_hidesWhenEmpty = true;
    bool m_elided = false;
};
