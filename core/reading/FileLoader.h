#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace dyad {

/// Reads the bytes of an article file, refusing what cannot be an article: files above a size
/// limit (checked before reading), empty files, unreadable files and binary content.
class FileLoader {
public:
    /// The documented limit: an article (even a long HTML page) is far below 32 MB.
    static constexpr std::uintmax_t defaultMaxBytes = 32u * 1024u * 1024u;

    explicit FileLoader(std::uintmax_t maxBytes = defaultMaxBytes);

    std::uintmax_t maxBytes() const { return m_maxBytes; }

    /// The file's bytes, or nothing with `error` saying what is wrong ("file too large (200 MB;
    /// the limit for an article is 32 MB)", "empty file", "cannot open: Permission denied",
    /// "not a text file (binary content)").
    std::optional<std::string> load(const std::string& path, std::string& error) const;

    /// True when the bytes hold NUL bytes and do not start with a UTF-16 byte order mark.
    static bool looksBinary(const std::string& bytes);

private:
    std::uintmax_t m_maxBytes;
};

} // namespace dyad
