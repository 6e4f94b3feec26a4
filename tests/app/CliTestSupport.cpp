// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "CliTestSupport.h"

#include "support/TempDir.h"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <pty.h>
#include <spawn.h>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

extern char** environ;

namespace twofold::test {

cli::PasswordResult FakePasswords::read(std::string_view prompt, std::optional<int> fd)
{
    if (fd) {
        return cli::readPasswordFromFd(*fd);
    }
    prompts.emplace_back(prompt);
    if (typed.empty()) {
        return std::unexpected(cli::PasswordError::NoTerminal);
    }
    SecretBuffer password = SecretBuffer::fromString(typed.front());
    typed.pop_front();
    return password;
}

PipeWithText::PipeWithText(std::string_view text)
{
    int fds[2];
    if (::pipe(fds) != 0) {
        throw std::runtime_error("pipe failed");
    }
    if (::write(fds[1], text.data(), text.size()) != static_cast<ssize_t>(text.size())) {
        throw std::runtime_error("write to pipe failed");
    }
    ::close(fds[1]);
    m_readFd = fds[0];
}

PipeWithText::~PipeWithText()
{
    ::close(m_readFd);
}

namespace {

// The master side of a pseudo-terminal whose slave side becomes the child's stdout.
struct PseudoTerminal
{
    int master = -1;
    int slave = -1;
    PseudoTerminal()
    {
        if (::openpty(&master, &slave, nullptr, nullptr, nullptr) != 0) {
            ADD_FAILURE() << "openpty failed: " << std::strerror(errno);
            return;
        }
        ::fcntl(master, F_SETFD, FD_CLOEXEC);
        ::fcntl(slave, F_SETFD, FD_CLOEXEC);
        // Bytes as written: no "\n" -> "\r\n" translation.
        termios settings{};
        ::tcgetattr(slave, &settings);
        settings.c_oflag &= ~static_cast<tcflag_t>(OPOST);
        ::tcsetattr(slave, TCSANOW, &settings);
    }
    ~PseudoTerminal()
    {
        closeSlave();
        if (master >= 0) {
            ::close(master);
        }
    }
    void closeSlave()
    {
        if (slave >= 0) {
            ::close(slave);
            slave = -1;
        }
    }
    // Everything written until the last writer closes it (read() then fails with EIO).
    std::string readAll() const
    {
        std::string text;
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::read(master, buffer, sizeof buffer);
            if (n > 0) {
                text.append(buffer, static_cast<std::size_t>(n));
            } else if (n < 0 && errno == EINTR) {
                continue;
            } else {
                return text;
            }
        }
    }
};

} // namespace

ChildRun runTwofold(const std::filesystem::path& workDir, const std::vector<std::string>& args,
                    const std::string& input, const std::optional<std::string>& passwordLines,
                    Stdout stdoutKind)
{
    const auto inPath = workDir / "stdin.txt";
    const auto outPath = workDir / "stdout.txt";
    const auto errPath = workDir / "stderr.txt";
    std::ofstream(inPath, std::ios::binary) << input;

    std::vector<std::string> argStrings = {TWOFOLD_EXECUTABLE};
    argStrings.insert(argStrings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& arg : argStrings) {
        argv.push_back(arg.data());
    }
    argv.push_back(nullptr);

    // The parent's environment without a display or a default vault, plus the fast KDF.
    std::vector<std::string> envStrings;
    for (char** variable = environ; *variable != nullptr; ++variable) {
        const std::string_view entry(*variable);
        if (entry.starts_with("DISPLAY=") || entry.starts_with("WAYLAND_DISPLAY=") ||
            entry.starts_with("TWOFOLD_VAULT=") || entry.starts_with("TWOFOLD_INSECURE_FAST_KDF=")) {
            continue;
        }
        envStrings.emplace_back(entry);
    }
    envStrings.emplace_back("TWOFOLD_INSECURE_FAST_KDF=1");
    std::vector<char*> envp;
    for (std::string& entry : envStrings) {
        envp.push_back(entry.data());
    }
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, inPath.c_str(), O_RDONLY, 0);
    std::optional<PseudoTerminal> terminal;
    if (stdoutKind == Stdout::Terminal) {
        terminal.emplace();
        posix_spawn_file_actions_adddup2(&actions, terminal->slave, 1);
    } else {
        posix_spawn_file_actions_addopen(&actions, 1, outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    }
    posix_spawn_file_actions_addopen(&actions, 2, errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::optional<PipeWithText> password;
    if (passwordLines) {
        password.emplace(*passwordLines);
        posix_spawn_file_actions_adddup2(&actions, password->readFd(), kChildPasswordFd);
    }

    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ChildRun result;
    if (spawned != 0) {
        ADD_FAILURE() << "posix_spawn failed: " << std::strerror(spawned);
        return result;
    }
    if (terminal) {
        terminal->closeSlave();
        result.out = terminal->readAll();
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    if (!terminal) {
        result.out = readFile(outPath);
    }
    result.err = readFile(errPath);
    return result;
}

CliRun CliTest::run(const std::vector<std::string>& args, const std::string& input)
{
    std::istringstream in(input);
    std::ostringstream out;
    std::ostringstream err;
    cli::CliIo io{in, out, err, m_passwords, m_vaultDir, options()};
    io.writePdf = m_writePdf;
    io.outputIsTerminal = m_outputIsTerminal;
    io.errorIsTerminal = m_outputIsTerminal;
    std::vector<std::string> full = {"--vault", m_vaultDir.string()};
    full.insert(full.end(), args.begin(), args.end());
    CliRun result;
    result.exitCode = cli::runCli(full, io);
    result.out = out.str();
    result.err = err.str();
    return result;
}

CliRun CliTest::runAs(std::string_view partner, std::string_view password,
                      const std::vector<std::string>& args, const std::string& input)
{
    m_passwords.typed.emplace_back(password);
    std::vector<std::string> full = {"--partner", std::string(partner)};
    full.insert(full.end(), args.begin(), args.end());
    return run(full, input);
}

void CliTest::makeVault()
{
    auto vault = Vault::create(m_vaultDir, options());
    ASSERT_TRUE(vault.has_value()) << errorCodeName(vault.error().code);
    auto alex = vault->enroll(NewPartner{"Alex"}, SecretBuffer::fromString(kAlexPassword));
    ASSERT_TRUE(alex.has_value()) << errorCodeName(alex.error().code);
    auto sam = vault->enroll(NewPartner{"Sam"}, SecretBuffer::fromString(kSamPassword), &alex->session);
    ASSERT_TRUE(sam.has_value()) << errorCodeName(sam.error().code);
}

std::string CliTest::writeAsAlex(const std::string& body, const std::vector<std::string>& options)
{
    std::vector<std::string> args = {"write"};
    args.insert(args.end(), options.begin(), options.end());
    const CliRun result = runAs("Alex", kAlexPassword, args, body);
    EXPECT_EQ(result.exitCode, 0) << result.err;
    std::string id = result.out;
    if (!id.empty() && id.back() == '\n') {
        id.pop_back();
    }
    return id;
}

::testing::AssertionResult isOneLine(const std::string& text)
{
    if (text.empty() || text.back() != '\n' || text.find('\n') != text.size() - 1) {
        return ::testing::AssertionFailure() << "not exactly one line: \"" << text << "\"";
    }
    return ::testing::AssertionSuccess();
}

// --- JSON -------------------------------------------------------------------------

const JsonValue& JsonValue::operator[](std::string_view key) const
{
    for (const auto& [name, value] : object) {
        if (name == key) {
            return value;
        }
    }
    static const JsonValue kNull;
    return kNull;
}

bool JsonValue::has(std::string_view key) const
{
    for (const auto& item : object) {
        if (item.first == key) {
            return true;
        }
    }
    return false;
}

namespace {

class JsonParser
{
public:
    explicit JsonParser(std::string_view text) : m_text(text) {}

    std::optional<JsonValue> document()
    {
        auto value = parseValue(0);
        skipSpace();
        if (!value || m_pos != m_text.size()) {
            return std::nullopt;
        }
        return value;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' ||
                                         m_text[m_pos] == '\r' || m_text[m_pos] == '\t')) {
            ++m_pos;
        }
    }
    bool consume(std::string_view word)
    {
        if (m_text.substr(m_pos, word.size()) == word) {
            m_pos += word.size();
            return true;
        }
        return false;
    }

    std::optional<JsonValue> parseValue(int depth)
    {
        if (depth > 64) {
            return std::nullopt;
        }
        skipSpace();
        if (m_pos >= m_text.size()) {
            return std::nullopt;
        }
        JsonValue value;
        const char c = m_text[m_pos];
        if (c == '{') {
            ++m_pos;
            value.type = JsonValue::Type::Object;
            skipSpace();
            if (consume("}")) {
                return value;
            }
            for (;;) {
                skipSpace();
                auto key = parseString();
                skipSpace();
                if (!key || !consume(":")) {
                    return std::nullopt;
                }
                auto item = parseValue(depth + 1);
                if (!item) {
                    return std::nullopt;
                }
                value.object.emplace_back(std::move(*key), std::move(*item));
                skipSpace();
                if (consume("}")) {
                    return value;
                }
                if (!consume(",")) {
                    return std::nullopt;
                }
            }
        }
        if (c == '[') {
            ++m_pos;
            value.type = JsonValue::Type::Array;
            skipSpace();
            if (consume("]")) {
                return value;
            }
            for (;;) {
                auto item = parseValue(depth + 1);
                if (!item) {
                    return std::nullopt;
                }
                value.array.push_back(std::move(*item));
                skipSpace();
                if (consume("]")) {
                    return value;
                }
                if (!consume(",")) {
                    return std::nullopt;
                }
            }
        }
        if (c == '"') {
            auto text = parseString();
            if (!text) {
                return std::nullopt;
            }
            value.type = JsonValue::Type::String;
            value.string = std::move(*text);
            return value;
        }
        if (consume("true") || consume("false")) {
            value.type = JsonValue::Type::Bool;
            value.boolean = m_text[m_pos - 1] == 'e' && m_text[m_pos - 2] == 'u';
            return value;
        }
        if (consume("null")) {
            return value;
        }
        return parseNumber();
    }

    std::optional<JsonValue> parseNumber()
    {
        const std::size_t start = m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == '-') {
            ++m_pos;
        }
        const std::size_t digits = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') {
            ++m_pos;
        }
        if (m_pos == digits || (m_text[digits] == '0' && m_pos - digits > 1)) {
            return std::nullopt;
        }
        JsonValue value;
        value.type = JsonValue::Type::Number;
        value.number = std::stod(std::string(m_text.substr(start, m_pos - start)));
        return value;
    }

    std::optional<unsigned> parseHex4()
    {
        if (m_pos + 4 > m_text.size()) {
            return std::nullopt;
        }
        unsigned value = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = m_text[m_pos++];
            value <<= 4;
            if (h >= '0' && h <= '9') {
                value |= static_cast<unsigned>(h - '0');
            } else if (h >= 'a' && h <= 'f') {
                value |= static_cast<unsigned>(h - 'a' + 10);
            } else if (h >= 'A' && h <= 'F') {
                value |= static_cast<unsigned>(h - 'A' + 10);
            } else {
                return std::nullopt;
            }
        }
        return value;
    }

    static void appendUtf8(std::string& out, std::uint32_t cp)
    {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    std::optional<std::string> parseString()
    {
        if (!consume("\"")) {
            return std::nullopt;
        }
        std::string out;
        while (m_pos < m_text.size()) {
            const auto c = static_cast<unsigned char>(m_text[m_pos++]);
            if (c == '"') {
                return out;
            }
            if (c < 0x20) {
                return std::nullopt; // raw control characters are not allowed in JSON strings
            }
            if (c != '\\') {
                out += static_cast<char>(c);
                continue;
            }
            if (m_pos >= m_text.size()) {
                return std::nullopt;
            }
            const char escape = m_text[m_pos++];
            switch (escape) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '/':
                out += '/';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                auto cp = parseHex4();
                if (!cp) {
                    return std::nullopt;
                }
                std::uint32_t codePoint = *cp;
                if (codePoint >= 0xD800 && codePoint <= 0xDBFF) {
                    if (!consume("\\u")) {
                        return std::nullopt;
                    }
                    auto low = parseHex4();
                    if (!low || *low < 0xDC00 || *low > 0xDFFF) {
                        return std::nullopt;
                    }
                    codePoint = 0x10000 + ((codePoint - 0xD800) << 10) + (*low - 0xDC00);
                } else if (codePoint >= 0xDC00 && codePoint <= 0xDFFF) {
                    return std::nullopt;
                }
                appendUtf8(out, codePoint);
                break;
            }
            default:
                return std::nullopt;
            }
        }
        return std::nullopt;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

} // namespace

std::optional<JsonValue> parseJson(std::string_view text)
{
    if (!isValidUtf8(text)) {
        return std::nullopt;
    }
    return JsonParser(text).document();
}

bool isValidUtf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = lead < 0x80             ? 1
                             : (lead & 0xE0) == 0xC0 ? 2
                             : (lead & 0xF0) == 0xE0 ? 3
                             : (lead & 0xF8) == 0xF0 ? 4
                                                     : 0;
        if (length == 0 || i + length > text.size() || (length == 2 && lead < 0xC2)) {
            return false;
        }
        std::uint32_t cp = length == 1 ? lead : lead & (0xFF >> (length + 1));
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80) {
                return false;
            }
            cp = (cp << 6) | (next & 0x3F);
        }
        if ((length == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (length == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
            return false;
        }
        i += length;
    }
    return true;
}

} // namespace twofold::test
