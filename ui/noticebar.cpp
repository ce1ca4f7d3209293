#include "noticebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

NoticeBar::NoticeBar(Kind kind, QWidget *parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_label(new QLabel(this))
    , m_layout(new QHBoxLayout(this))
{
    setFrameShape(QFrame::StyledPanel);
    // Explicit roles: inside a toolbar they would be inherited as Button/ButtonText.
    setBackgroundRole(QPalette::Window);
    setForegroundRole(QPalette::WindowText);
    m_label->setForegroundRole(QPalette::WindowText);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_layout->setContentsMargins(10, 6, 10, 6);
    m_layout->addWidget(m_label, 1);
    applyColours();
    hide();
}

void NoticeBar::setKind(Kind kind)
{
    m_kind = kind;
    applyColours();
}

QString NoticeBar::text() const
{
    return m_label->text();
}

void NoticeBar::setText(const QString &text)
{
    m_label->setText(text);
    setAccessibleDescription(text);
    if (m_hidesWhenEmpty)
        setVisible(!text.isEmpty());
}

void NoticeBar::addWidget(QWidget *widget)
{
    m_layout->addWidget(widget, 0, Qt::AlignVCenter);
}

void NoticeBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyColours();
}

void NoticeBar::applyColours()
{
    QPalette colours = parentWidget() ? parentWidget()->palette() : palette();
    const bool dark = colours.color(QPalette::Base).lightness() < 128;
    QColor background;
    QColor text;
    switch (m_kind) {
    case Kind::Info:
        background = dark ? QColor(0x1b, 0x3a, 0x57) : QColor(0xe5, 0xf1, 0xfb);
        text = dark ? QColor(0xd6, 0xea, 0xff) : QColor(0x0b, 0x3d, 0x6b);
        break;
    case Kind::Warning:
        background = dark ? QColor(0x4d, 0x3c, 0x0f) : QColor(0xff, 0xf4, 0xce);
        text = dark ? QColor(0xff, 0xec, 0xb3) : QColor(0x5c, 0x45, 0x00);
        break;
    case Kind::Error:
        background = dark ? QColor(0x5c, 0x1e, 0x1a) : QColor(0xfd, 0xe7, 0xe9);
        text = dark ? QColor(0xff, 0xdd, 0xd9) : QColor(0x8a, 0x1c, 0x12);
        break;
    }
    colours.setColor(QPalette::Window, background);
    colours.setColor(QPalette::WindowText, text);
    m_applying = true;
    setPalette(colours);
    m_label->setPalette(colours);
    m_applying = false;
}
