#include "platformfile.h"

#include <QFileDevice>
#include <cstdint>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <unistd.h>
#endif

namespace PlatformFile {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return ::isatty(STDIN_FILENO) != 0;
#endif
}

bool syncToDisk(QFileDevice &file)
{
    const int fd = file.handle(); // a C runtime descriptor on Windows too
    if (fd < 0)
        return false;
#ifdef Q_OS_WIN
    const intptr_t handle = _get_osfhandle(fd); // -1: not an open descriptor
    return handle != -1 && FlushFileBuffers(reinterpret_cast<HANDLE>(handle)) != 0;
#else
    return ::fsync(fd) == 0;
#endif
}

void restrictToOwner(QFileDevice &file)
{
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace PlatformFile
