#pragma once
// The storage library's namespace as the trainer names it, in one place (it moves
// when storage's namespace does).
namespace sb::storage {}

namespace sb::trainer {
namespace storage = ::sb::storage;
}  // namespace sb::trainer
