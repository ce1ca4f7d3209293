// Renders an SVG icon to PNG (for the hicolor theme, the AppDir, the MSI, and the Windows build's icons,
// which has no Qt SVG to draw them at run time).
//   rendericon INPUT.svg SIZE OUTPUT.png              one size, to OUTPUT (.png or .ico, by its suffix)
//   rendericon --sizes 16,24,32 INPUT.svg FOLDER      each size, to FOLDER/<name of INPUT>-<size>.png
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

#include <algorithm>

namespace {
bool render(QSvgRenderer &renderer, int size, const QString &output)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    if (image.save(output))
        return true;
    QTextStream(stderr) << "rendericon: cannot write " << output << "\n";
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool many = args.size() == 5 && args[1] == QLatin1String("--sizes");
    if (args.size() != 4 && !many) {
        QTextStream(stderr) << "usage: rendericon INPUT.svg SIZE OUTPUT.png\n"
                               "       rendericon --sizes 16,24,... INPUT.svg FOLDER\n";
        return 2;
    }
    const QString input = many ? args[3] : args[1];
    QSvgRenderer renderer(input);
    QList<int> sizes;
    for (const QString &size : args[2].split(QLatin1Char(',')))
        sizes.append(size.toInt());
    if (!renderer.isValid() ||
        std::any_of(sizes.cbegin(), sizes.cend(), [](int size) { return size <= 0; })) {
        QTextStream(stderr) << "rendericon: cannot render " << input << "\n";
        return 1;
    }
    if (!many)
        return render(renderer, sizes.first(), args[3]) ? 0 : 1;
    const QString folder = args[4];
    QDir().mkpath(folder);
    const QString name = QFileInfo(input).completeBaseName();
    for (const int size : sizes) {
        if (!render(renderer, size, QStringLiteral("%1/%2-%3.png").arg(folder, name).arg(size)))
            return 1;
    }
    return 0;
}
