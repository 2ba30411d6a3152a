#pragma once

#include "award.h"
#include "exporttable.h"
#include "honororder.h"

namespace PartyLedger {

// An honor list (光荣榜) as a table, one row per recipient: 类别, 姓名/名称, and 单位及职务 (the
// citation taken when honored) when any recipient has one. Categories in the award's order,
// recipients in the given order within each, as the printed list has them.
ExportTable honorsTable(const Award &award, HonorOrder order = HonorOrder::Entered);

} // namespace PartyLedger
