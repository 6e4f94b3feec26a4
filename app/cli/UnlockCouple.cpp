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

    result.partnerName = "your partner";
    if (!result.space->partnerId().empty()) {
        const auto partners = result.unlocked->vault.partners();
        if (!partners) {
            return std::unexpected(reportError(io.err, partners.error()));
        }
        for (const PartnerInfo& partner : *partners) {
            if (partner.id == result.space->partnerId()) {
                result.partnerName = partner.name;
            }
        }
    }
    return result;
}

} // namespace twofold::cli
