// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/ErrorKind.h"

#include <gtest/gtest.h>

namespace twofold {

// The vault check calls a file damaged, and the command line exits 3, for exactly these codes.
TEST(ErrorKindTest, DamagedDataIsExactlyTheCodesOfDamagedOrForeignFiles)
{
    for (ErrorCode code :
         {ErrorCode::DamagedKeyring, ErrorCode::DamagedDatabase, ErrorCode::WrongKey, ErrorCode::NotEncrypted,
          ErrorCode::UnsupportedFormat, ErrorCode::WeakKdfParameters}) {
        EXPECT_EQ(errorKindOf(code), ErrorKind::DamagedData) << errorCodeName(code);
    }
    for (ErrorCode code : {ErrorCode::WrongPassword, ErrorCode::DiskFull, ErrorCode::InvalidArgument,
                           ErrorCode::Internal, ErrorCode::OwnerOnly, ErrorCode::PasswordRequired}) {
        EXPECT_NE(errorKindOf(code), ErrorKind::DamagedData) << errorCodeName(code);
    }
}

// A missing consent is "not allowed", never mistaken for damage or a usage error; a bug is
// an I/O-kind failure (exit 4), never success-looking.
TEST(ErrorKindTest, EachCodeBelongsToItsKind)
{
    EXPECT_EQ(errorKindOf(ErrorCode::PasswordRequired), ErrorKind::NotAllowed);
    EXPECT_EQ(errorKindOf(ErrorCode::PartnerLeft), ErrorKind::NotAllowed);
    EXPECT_EQ(errorKindOf(ErrorCode::InsideVault), ErrorKind::Usage);
    EXPECT_EQ(errorKindOf(ErrorCode::VaultInUse), ErrorKind::Io);
    EXPECT_EQ(errorKindOf(ErrorCode::Internal), ErrorKind::Io);
}

} // namespace twofold
