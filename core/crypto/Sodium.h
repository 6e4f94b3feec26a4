#pragma once

namespace twofold {

// Initialises libsodium once per process; safe to call from any thread, any number of times.
void ensureSodium();

} // namespace twofold
