#include "cli/UnlockCouple.h"

#include "cli/ExitCodes.h"
#include "cli/PromptPacks.h"

namespace twofold::cli {

std::expected<UnlockedCouple, int> unlockCouple(const Invocation& invocation)
{
    CliIo& io = invocation.io;
    auto unlocked = unlockPartner(invocation);
    if (!unlocked) {
        return std::unexpected(unlocked.error());
    }
    UnlockedCouple result;
    result.unlocked = std::make_unique<UnlockedPartner>(std::move(*unlocked));
    CoupleSpaceOptions options;
    options.clock = io.vaultOptions.clock;
    auto space = CoupleSpace::open(result.unlocked->session, shippedPromptPacks(), options);
    if (!space) {
        return std::unexpected(reportError(io.err, space.error()));
    }
    result.space.emplace(std::move(*space));

    // The partner's name only under their own signature (docs/ARCHITECTURE.md, "Signed
    // records (protocol v2)"): keyring.db is plain SQLite anyone can edit.
    result.partnerName = "your partner";
    auto profile = result.space->partnerProfile(result.unlocked->vault);
    if (!profile) {
        return std::unexpected(reportError(io.err, profile.error()));
    }
    if (profile->authentic) {
        result.partnerName = profile->name;
    }
    // My partner left the couple (docs/ARCHITECTURE.md, "Leaving the couple"): said once.
    if (auto left = result.space->partnerLeftAt(); left && *left) {
        io.err << "Your partner has left the couple space. Your journal is yours as before.\n";
        (void)result.space->dismissPartnerLeft();
    }
    return result;
}

} // namespace twofold::cli
