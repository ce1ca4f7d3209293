// An independent reader's view of the AppImage: Debian's libappimage (not this project's runtime) must see a
// type 2 AppImage, find the image at the offset the runtime reports, list AppRun, the desktop file, the icon
// and the AppStream metadata, and read the desktop file and the icon (following .DirIcon's link). Build: g++
// -std=c++17 -Wall -Wextra check-appimage.cpp -lappimage Usage: check-appimage FILE.AppImage OFFSET APP_ID
#include <appimage/appimage.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <set>
#include <string>

namespace {

int passed = 0;
int failed = 0;

void check(bool ok, const std::string &what)
{
    std::printf("%s: %s\n", ok ? "ok" : "FAILED", what.c_str());
    ++(ok ? passed : failed);
}

// The file's bytes as libappimage reads them (empty when it cannot).
std::string readFile(const char *appimage, const std::string &path)
{
    char *buffer = nullptr;
    unsigned long size = 0;
    std::string contents;
    if (appimage_read_file_into_buffer_following_symlinks(appimage, path.c_str(), &buffer, &size) && buffer)
        contents.assign(buffer, size);
    std::free(buffer);
    return contents;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s FILE.AppImage OFFSET APP_ID\n", argv[0]);
        return 2;
    }
    const char *file = argv[1];
    const long long offset = std::atoll(argv[2]);
    const std::string appId = argv[3];

    check(appimage_get_type(file, false) == 2, "libappimage sees a type 2 AppImage");
    check(static_cast<long long>(appimage_get_payload_offset(file)) == offset,
          "its payload offset is the runtime's --appimage-offset (" + std::to_string(offset) + ")");

    std::set<std::string> files;
    if (char **list = appimage_list_files(file)) {
        for (char **entry = list; *entry; ++entry)
            files.insert(*entry);
        appimage_string_list_free(list);
    }
    std::printf("libappimage lists %zu files\n", files.size());
    const std::string desktopPath = appId + ".desktop";
    const std::string metainfoPath = "usr/share/metainfo/" + appId + ".appdata.xml";
    for (const std::string &expected :
         {std::string("AppRun"), desktopPath, appId + ".png", std::string(".DirIcon"), metainfoPath,
          std::string("usr/bin/cloudpc-console"), std::string("usr/bin/cloudpcctl"),
          std::string("usr/bin/cloudpc-emulator")})
        check(files.count(expected) == 1, "lists " + expected);

    const std::string desktop = readFile(file, desktopPath);
    check(desktop.rfind("[Desktop Entry]", 0) == 0, "reads the desktop file");
    check(desktop.find("\nName=Cloud PC Console\n") != std::string::npos,
          "the desktop file names Cloud PC Console");
    check(desktop.find("\nIcon=" + appId + "\n") != std::string::npos,
          "the desktop file names the icon " + appId);
    check(appimage_is_terminal_app(file) == 0, "libappimage reads Terminal=false from it");

    const std::string pngMagic = "\x89PNG\r\n\x1a\n";
    const std::string icon = readFile(file, ".DirIcon");
    check(icon.size() > 1000 && icon.compare(0, pngMagic.size(), pngMagic) == 0,
          "reads .DirIcon through its link: a PNG of " + std::to_string(icon.size()) + " bytes");
    check(icon == readFile(file, appId + ".png"), ".DirIcon is the icon the desktop file names");

    const std::string metainfo = readFile(file, metainfoPath);
    check(metainfo.find("<id>" + appId + "</id>") != std::string::npos, "reads the AppStream metadata");

    std::printf("libappimage check: %d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
