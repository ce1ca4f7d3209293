#pragma once

class QFileDevice;

// The calls that differ between Unix and Windows, in one place: the rest of the code stays free of #ifdefs.
namespace PlatformFile {
// Whether standard input is a terminal (isatty on Unix, _isatty on Windows).
bool stdinIsTerminal();
// Writes what the file wrote so far through to the disk (fsync on Unix, FlushFileBuffers on Windows), after a
// QFileDevice::flush() has handed it to the system. Returns false when the system says it could not.
bool syncToDisk(QFileDevice &file);
// Makes a file the program just created or opened readable and writable by its owner only: mode 0600 on Unix.
// On Windows the permission bits map to the read-only attribute alone; who may read the file comes from the
// ACL the folder passes on, and the app data folder under %APPDATA% (the user's profile) grants the user,
// SYSTEM and Administrators only, which is the documented default there.
void restrictToOwner(QFileDevice &file);
} // namespace PlatformFile
