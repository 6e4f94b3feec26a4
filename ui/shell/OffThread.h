// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <memory>
#include <utility>

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace twofold::ui {

// Runs `work` (Argon2id, anything slow) on `pool` and calls `done` with its result on
// the GUI thread, as long as `receiver` still exists. Results travel in a shared_ptr
// because core's Result<Session> is move-only and QFuture wants copies.
template <typename R, typename Work, typename Done>
void runOffThread(QObject* receiver, QThreadPool* pool, Work work, Done done)
{
    auto* watcher = new QFutureWatcher<std::shared_ptr<R>>(receiver);
    QObject::connect(watcher, &QFutureWatcherBase::finished, receiver,
                     [watcher, done = std::move(done)]() mutable {
                         std::shared_ptr<R> result = watcher->result();
                         watcher->deleteLater();
                         done(std::move(*result));
                     });
    auto shared = std::make_shared<Work>(std::move(work));
    watcher->setFuture(QtConcurrent::run(pool, [shared]() { return std::make_shared<R>((*shared)()); }));
}

} // namespace twofold::ui
