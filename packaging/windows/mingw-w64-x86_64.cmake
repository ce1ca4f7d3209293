# CMake toolchain file: 64-bit Windows programs from Debian's MinGW-w64 cross compiler (g++-mingw-w64-x86-64-posix).
# Used for Qt itself (packaging/windows/build-qt-mingw.sh) and for the product (packaging/windows/build.sh).
#
# The posix thread model (x86_64-w64-mingw32-g++-posix, not -win32): Qt 6 uses std::mutex, std::condition_variable
# and std::thread, which GCC 12's win32 thread model does not provide. Programs then need libwinpthread-1.dll.
#
# CLOUDPC_MINGW_QT_PREFIX (optional): a Qt built for MinGW, searched for libraries, headers and CMake packages.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CLOUDPC_MINGW_TRIPLE x86_64-w64-mingw32)

set(CMAKE_C_COMPILER ${CLOUDPC_MINGW_TRIPLE}-gcc-posix)
set(CMAKE_CXX_COMPILER ${CLOUDPC_MINGW_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${CLOUDPC_MINGW_TRIPLE}-windres)

# Try-compiles (Qt's configure tests) see the same settings.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES CLOUDPC_MINGW_QT_PREFIX)

set(CMAKE_FIND_ROOT_PATH /usr/${CLOUDPC_MINGW_TRIPLE})
if(CLOUDPC_MINGW_QT_PREFIX)
    list(APPEND CMAKE_FIND_ROOT_PATH ${CLOUDPC_MINGW_QT_PREFIX})
    list(APPEND CMAKE_PREFIX_PATH ${CLOUDPC_MINGW_QT_PREFIX})
endif()
# Programs (moc, rcc, uic, lrelease) come from the build machine; libraries and headers only from the target.
# Packages: both, because Qt finds its host tools' packages (Qt6CoreTools, Qt6LinguistTools) under QT_HOST_PATH.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)
