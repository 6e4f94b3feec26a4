// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "support/FailingVfs.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <limits>
#include <mutex>

#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>

namespace twofold {

namespace {

constexpr std::uint64_t kUnlimited = std::numeric_limits<std::uint64_t>::max();

std::atomic<std::uint64_t> g_budget{kUnlimited};
std::atomic<std::uint64_t> g_written{0};
std::atomic<std::uint64_t> g_refused{0};

sqlite3_vfs g_vfs{};
sqlite3_vfs* g_real = nullptr;
sqlite3_io_methods g_methods{};
std::mutex g_installMutex;

// Our file: the real file's structure follows right behind it (szOsFile covers both).
struct ShimFile
{
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* realOf(sqlite3_file* file)
{
    return reinterpret_cast<ShimFile*>(file)->real;
}

// Reserves amt bytes of the budget; false when the disk is "full".
bool takeBudget(int amt)
{
    const auto size = static_cast<std::uint64_t>(amt);
    std::uint64_t written = g_written.load();
    while (true) {
        const std::uint64_t budget = g_budget.load();
        if (budget != kUnlimited && (written >= budget || budget - written < size)) {
            g_refused.fetch_add(1);
            return false;
        }
        if (g_written.compare_exchange_weak(written, written + size)) {
            return true;
        }
    }
}

int shimClose(sqlite3_file* file)
{
    sqlite3_file* real = realOf(file);
    const int rc = real->pMethods != nullptr ? real->pMethods->xClose(real) : SQLITE_OK;
    file->pMethods = nullptr;
    return rc;
}

int shimRead(sqlite3_file* file, void* buf, int amt, sqlite3_int64 offset)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xRead(real, buf, amt, offset);
}

int shimWrite(sqlite3_file* file, const void* buf, int amt, sqlite3_int64 offset)
{
    if (!takeBudget(amt)) {
        return SQLITE_FULL;
    }
    sqlite3_file* real = realOf(file);
    return real->pMethods->xWrite(real, buf, amt, offset);
}

int shimTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xTruncate(real, size);
}

int shimSync(sqlite3_file* file, int flags)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xSync(real, flags);
}

int shimFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xFileSize(real, size);
}

int shimLock(sqlite3_file* file, int level)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xLock(real, level);
}

int shimUnlock(sqlite3_file* file, int level)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xUnlock(real, level);
}

int shimCheckReservedLock(sqlite3_file* file, int* out)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xCheckReservedLock(real, out);
}

int shimFileControl(sqlite3_file* file, int op, void* arg)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xFileControl(real, op, arg);
}

int shimSectorSize(sqlite3_file* file)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xSectorSize(real);
}

int shimDeviceCharacteristics(sqlite3_file* file)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods->xDeviceCharacteristics(real);
}

// Whether `bytes` more would not fit: the check of takeBudget, without taking any.
bool wouldNotFit(std::uint64_t bytes)
{
    const std::uint64_t budget = g_budget.load();
    const std::uint64_t written = g_written.load();
    return budget != kUnlimited && (written >= budget || budget - written < bytes);
}

int shimShmMap(sqlite3_file* file, int page, int pageSize, int extend, void volatile** out)
{
    sqlite3_file* real = realOf(file);
    if (real->pMethods->iVersion < 2) {
        return SQLITE_IOERR;
    }
    if (extend != 0 && wouldNotFit(static_cast<std::uint64_t>(pageSize))) {
        // Growing the WAL index (-shm) writes to the disk, so a full disk refuses it as
        // the unix VFS does: SQLITE_IOERR_SHMSIZE with errno ENOSPC. A region the file
        // already has is mapped as usual.
        const int rc = real->pMethods->xShmMap(real, page, pageSize, 0, out);
        if (rc != SQLITE_OK || *out != nullptr) {
            return rc;
        }
        g_refused.fetch_add(1);
        errno = ENOSPC;
        return SQLITE_IOERR_SHMSIZE;
    }
    return real->pMethods->xShmMap(real, page, pageSize, extend, out);
}

int shimShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    sqlite3_file* real = realOf(file);
    if (real->pMethods->iVersion < 2) {
        return SQLITE_IOERR;
    }
    return real->pMethods->xShmLock(real, offset, n, flags);
}

void shimShmBarrier(sqlite3_file* file)
{
    sqlite3_file* real = realOf(file);
    if (real->pMethods->iVersion >= 2) {
        real->pMethods->xShmBarrier(real);
    }
}

int shimShmUnmap(sqlite3_file* file, int deleteFlag)
{
    sqlite3_file* real = realOf(file);
    if (real->pMethods->iVersion < 2) {
        return SQLITE_IOERR;
    }
    return real->pMethods->xShmUnmap(real, deleteFlag);
}

int shimFetch(sqlite3_file* file, sqlite3_int64 offset, int amt, void** out)
{
    sqlite3_file* real = realOf(file);
    if (real->pMethods->iVersion < 3) {
        *out = nullptr;
        return SQLITE_OK;
    }
    return real->pMethods->xFetch(real, offset, amt, out);
}

int shimUnfetch(sqlite3_file* file, sqlite3_int64 offset, void* page)
{
    sqlite3_file* real = realOf(file);
    if (real->pMethods->iVersion < 3) {
        return SQLITE_OK;
    }
    return real->pMethods->xUnfetch(real, offset, page);
}

int shimOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* shim = reinterpret_cast<ShimFile*>(file);
    shim->real = reinterpret_cast<sqlite3_file*>(shim + 1);
    shim->real->pMethods = nullptr;
    file->pMethods = nullptr;
    const int rc = g_real->xOpen(g_real, name, shim->real, flags, outFlags);
    if (shim->real->pMethods == nullptr) {
        return rc;
    }
    // Our methods offer what the real file offers, and no more.
    file->pMethods = &g_methods;
    return rc;
}

int shimDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}

int shimAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return g_real->xAccess(g_real, name, flags, out);
}

int shimFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return g_real->xFullPathname(g_real, name, size, out);
}

void* shimDlOpen(sqlite3_vfs*, const char* name)
{
    return g_real->xDlOpen(g_real, name);
}

void shimDlError(sqlite3_vfs*, int size, char* out)
{
    g_real->xDlError(g_real, size, out);
}

void (*shimDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return g_real->xDlSym(g_real, handle, symbol);
}

void shimDlClose(sqlite3_vfs*, void* handle)
{
    g_real->xDlClose(g_real, handle);
}

int shimRandomness(sqlite3_vfs*, int size, char* out)
{
    return g_real->xRandomness(g_real, size, out);
}

int shimSleep(sqlite3_vfs*, int micros)
{
    return g_real->xSleep(g_real, micros);
}

int shimCurrentTime(sqlite3_vfs*, double* out)
{
    return g_real->xCurrentTime(g_real, out);
}

int shimGetLastError(sqlite3_vfs*, int size, char* out)
{
    return g_real->xGetLastError != nullptr ? g_real->xGetLastError(g_real, size, out) : 0;
}

int shimCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return g_real->xCurrentTimeInt64(g_real, out);
}

Status registerOnce()
{
    if (g_real != nullptr) {
        return {};
    }
    if (sqlite3_initialize() != SQLITE_OK) {
        return fail(ErrorCode::Internal, "sqlite3_initialize failed");
    }
    sqlite3_vfs* base = sqlite3_vfs_find("unix");
    if (base == nullptr) {
        base = sqlite3_vfs_find(nullptr);
    }
    if (base == nullptr || base->iVersion < 2) {
        return fail(ErrorCode::Internal, "no default SQLite VFS to wrap");
    }
    g_real = base;

    g_methods.iVersion = 3;
    g_methods.xClose = shimClose;
    g_methods.xRead = shimRead;
    g_methods.xWrite = shimWrite;
    g_methods.xTruncate = shimTruncate;
    g_methods.xSync = shimSync;
    g_methods.xFileSize = shimFileSize;
    g_methods.xLock = shimLock;
    g_methods.xUnlock = shimUnlock;
    g_methods.xCheckReservedLock = shimCheckReservedLock;
    g_methods.xFileControl = shimFileControl;
    g_methods.xSectorSize = shimSectorSize;
    g_methods.xDeviceCharacteristics = shimDeviceCharacteristics;
    g_methods.xShmMap = shimShmMap;
    g_methods.xShmLock = shimShmLock;
    g_methods.xShmBarrier = shimShmBarrier;
    g_methods.xShmUnmap = shimShmUnmap;
    g_methods.xFetch = shimFetch;
    g_methods.xUnfetch = shimUnfetch;

    g_vfs.iVersion = 2;
    g_vfs.szOsFile = static_cast<int>(sizeof(ShimFile)) + base->szOsFile;
    g_vfs.mxPathname = base->mxPathname;
    g_vfs.zName = FailingVfs::kName;
    g_vfs.xOpen = shimOpen;
    g_vfs.xDelete = shimDelete;
    g_vfs.xAccess = shimAccess;
    g_vfs.xFullPathname = shimFullPathname;
    g_vfs.xDlOpen = shimDlOpen;
    g_vfs.xDlError = shimDlError;
    g_vfs.xDlSym = shimDlSym;
    g_vfs.xDlClose = shimDlClose;
    g_vfs.xRandomness = shimRandomness;
    g_vfs.xSleep = shimSleep;
    g_vfs.xCurrentTime = shimCurrentTime;
    g_vfs.xGetLastError = shimGetLastError;
    g_vfs.xCurrentTimeInt64 = shimCurrentTimeInt64;
    return {};
}

} // namespace

Status FailingVfs::install(AsDefault asDefault)
{
    const std::lock_guard lock(g_installMutex);
    if (auto st = registerOnce(); !st) {
        return st;
    }
    // Registering again only moves it to (or keeps it off) the head of the list.
    if (sqlite3_vfs_register(&g_vfs, asDefault == AsDefault::Yes ? 1 : 0) != SQLITE_OK) {
        return fail(ErrorCode::Internal, "sqlite3_vfs_register failed");
    }
    return {};
}

void FailingVfs::uninstall()
{
    const std::lock_guard lock(g_installMutex);
    disarm();
    if (g_real != nullptr) {
        sqlite3_vfs_register(g_real, 1);
    }
}

void FailingVfs::failWritesAfter(std::uint64_t bytes)
{
    g_written.store(0);
    g_refused.store(0);
    g_budget.store(bytes);
}

void FailingVfs::disarm()
{
    g_budget.store(kUnlimited);
    g_written.store(0);
    g_refused.store(0);
}

std::uint64_t FailingVfs::bytesWritten()
{
    return g_written.load();
}

std::uint64_t FailingVfs::refusedWrites()
{
    return g_refused.load();
}

} // namespace twofold
