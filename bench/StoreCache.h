// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <memory>

namespace spil::bench {

// One store per size, built on first use and kept for the process, so every benchmark of a
// size reads the same store and none pays for building it. release() drops them all; call
// it before the application object goes (their SQL connections need it).
template <class Store> class StoreCache {
public:
    using Build = std::unique_ptr<Store> (*)(int size);
    explicit StoreCache(Build build) : m_build(build) {}

    Store &at(int size)
    {
        auto &slot = m_stores[size];
        if (!slot)
            slot = m_build(size);
        return *slot;
    }
    void release() { m_stores.clear(); }

private:
    Build m_build;
    std::map<int, std::unique_ptr<Store>> m_stores;
};

} // namespace spil::bench
