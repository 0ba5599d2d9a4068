#include "core/reading/FileLoader.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace dyad {

namespace fs = std::filesystem;

FileLoader::FileLoader(std::uintmax_t maxBytes)
    : m_maxBytes(maxBytes) {}

bool FileLoader::looksBinary(const std::string& bytes) {
    if (bytes.size() >= 2) {
        const auto b0 = static_cast<unsigned char>(bytes[0]);
        const auto b1 = static_cast<unsigned char>(bytes[1]);
        if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF))
            return false;
    }
    return std::memchr(bytes.data(), 0, bytes.size()) != nullptr;
}

std::optional<std::string> FileLoader::load(const std::string& path, std::string& error) const {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec) {
        error = "cannot read: " + ec.message();
        return std::nullopt;
    }
    if (fs::is_directory(status)) {
        error = "is a folder, not a file";
        return std::nullopt;
    }
    if (!fs::is_regular_file(status)) {
        error = "not a regular file";
        return std::nullopt;
    }
    const auto size = fs::file_size(path, ec);
    if (ec) {
        error = "cannot read its size: " + ec.message();
        return std::nullopt;
    }
    if (size > m_maxBytes) {
        error = "file too large (" + std::to_string(size / (1024 * 1024)) +
                " MB; the limit for an article is " + std::to_string(m_maxBytes / (1024 * 1024)) +
                " MB)";
        return std::nullopt;
    }
    if (size == 0) {
        error = "empty file";
        return std::nullopt;
    }
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = std::string("cannot open: ") + (errno ? std::strerror(errno) : "unknown error");
        return std::nullopt;
    }
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) {
        error = "read error";
        return std::nullopt;
    }
    if (bytes.empty()) {
        error = "empty file";
        return std::nullopt;
    }
    if (looksBinary(bytes)) {
        error = "not a text file (binary content)";
        return std::nullopt;
    }
    return bytes;
}

} // namespace dyad
