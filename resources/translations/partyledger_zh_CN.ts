<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityImport</name>
    <message>
        <source>Activity type %1</source>
        <translation>活动类型 %1</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>缺少日期。</translation>
    </message>
    <message>
        <source>The organization is missing.</source>
        <translation>缺少组织。</translation>
    </message>
    <message>
        <source>%1 is before %2 was founded on %3.</source>
        <translation>%1 早于%2的成立日期 %3。</translation>
    </message>
    <message>
        <source>%1 is after %2 was dissolved on %3.</source>
        <translation>%1 晚于%2的撤销日期 %3。</translation>
    </message>
    <message>
        <source>The activity type is missing.</source>
        <translation>缺少活动类型。</translation>
    </message>
    <message>
        <source>“%1” is not an activity type of the ledger; correct it, or let the import add it.</source>
        <translation>“%1”不是台账中的活动类型；请更正，或让导入时新增该类型。</translation>
    </message>
    <message>
        <source>%1 people is more than an activity can have.</source>
        <translation>%1 人超出了一次活动可有的人数。</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Head count</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>服务人次</translation>
    </message>
    <message>
        <source>Problems solved</source>
        <translation>解决问题件数</translation>
    </message>
    <message>
        <source>Households helped</source>
        <translation>帮扶户数</translation>
    </message>
    <message>
        <source>Funds (yuan)</source>
        <translation>帮扶资金（元）</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Choose the row that holds the column titles.</source>
        <translation>请选择列标题所在的行。</translation>
    </message>
    <message>
        <source>Row %1 and the rows after it: %2</source>
        <translation>第 %1 行及其后各行：%2</translation>
    </message>
</context>
<context>
    <name>ActivityVocabulary</name>
    <message>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>每年</translation>
    </message>
</context>
<context>
    <name>AwardVocabulary</name>
    <message>
        <source>National</source>
        <translation>国家级</translation>
    </message>
    <message>
        <source>Provincial</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>County or district</source>
        <translation>县/区级</translation>
    </message>
    <message>
        <source>Within the system</source>
        <translation>系统内</translation>
    </message>
    <message>
        <source>Within the unit</source>
        <translation>单位内</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1：未发现问题。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Ledger: %1</source>
        <translation>台账：%1</translation>
    </message>
    <message>
        <source>Committees: %1, general branches: %2, branches: %3, groups: %4</source>
        <translation>党委 %1 个，党总支 %2 个，党支部 %3 个，党小组 %4 个</translation>
    </message>
    <message>
        <source>Members: %1 (full %2, probationary %3)</source>
        <translation>党员 %1 名（正式党员 %2 名，预备党员 %3 名）</translation>
    </message>
    <message>
        <source>How many members to generate.</source>
        <translation>要生成的党员人数。</translation>
    </message>
    <message>
        <source>Seed; the same seed gives the same ledger.</source>
        <translation>随机种子；种子相同，生成的台账也相同。</translation>
    </message>
    <message>
        <source>--members takes a whole number from 1 to 10000000.</source>
        <translation>--members 须为 1 至 10000000 之间的整数。</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295.</source>
        <translation>--seed 须为 0 至 4294967295 之间的整数。</translation>
    </message>
    <message>
        <source>Wrote %1 with %2 members.</source>
        <translation>已生成 %1，共 %2 名党员。</translation>
    </message>
    <message>
        <source>Wrote the demo ledger to %1.</source>
        <translation>已将演示台账保存到 %1。</translation>
    </message>
    <message>
        <source>%1 holds no awards.</source>
        <translation>%1 中没有表彰。</translation>
    </message>
    <message>
        <source>The id of the award to print.</source>
        <translation>要打印的表彰的编号。</translation>
    </message>
    <message>
        <source>Write a PDF.</source>
        <translation>输出 PDF 文件。</translation>
    </message>
    <message>
        <source>Write an OpenDocument text.</source>
        <translation>输出 OpenDocument 文本（ODT）文件。</translation>
    </message>
    <message>
        <source>entered, stroke, pinyin or unit.</source>
        <translation>entered（按录入顺序）、stroke（按姓氏笔画）、pinyin（按拼音）或 unit（按单位）。</translation>
    </message>
    <message>
        <source>1 or 2.</source>
        <translation>1 或 2。</translation>
    </message>
    <message>
        <source>Printing needs the graphical libraries; they did not start.</source>
        <translation>打印需要图形库，但图形库未能启动。</translation>
    </message>
    <message>
        <source>--award takes the id of an award; `partyledger honors list FILE` shows them.</source>
        <translation>--award 须为表彰的编号；可用 `partyledger honors list FILE` 查看。</translation>
    </message>
    <message>
        <source>Give either --pdf OUT.pdf or --odt OUT.odt.</source>
        <translation>请给出 --pdf OUT.pdf 或 --odt OUT.odt 二者之一。</translation>
    </message>
    <message>
        <source>--order takes entered, stroke, pinyin or unit.</source>
        <translation>--order 须为 entered、stroke、pinyin 或 unit。</translation>
    </message>
    <message>
        <source>--columns takes 1 or 2.</source>
        <translation>--columns 须为 1 或 2。</translation>
    </message>
    <message>
        <source>%1 holds no award with id %2; `partyledger honors list FILE` shows them.</source>
        <translation>%1 中没有编号为 %2 的表彰；可用 `partyledger honors list FILE` 查看。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>The title over the list, instead of Honor Roll.</source>
        <translation>名单上方的标题，用以代替“光荣榜”。</translation>
    </message>
    <message>
        <source>The line under the title; the award's title when not given.</source>
        <translation>标题下方的一行；不指定时为表彰名称。</translation>
    </message>
    <message>
        <source>How many activity records to generate over the last five years.</source>
        <translation>生成的活动记录条数（分布在最近五年）。</translation>
    </message>
    <message>
        <source>--activities takes a whole number from 0 to 100000000.</source>
        <translation>--activities 须为 0 至 100000000 之间的整数。</translation>
    </message>
    <message>
        <source>Wrote %1 with %2 members and %3 activities.</source>
        <translation>已生成 %1，共 %2 名党员、%3 条活动记录。</translation>
    </message>
    <message>
        <source>--org takes the id, full name or short name of an organization.</source>
        <translation>--org 须为党组织的编号、全称或简称。</translation>
    </message>
    <message>
        <source>%1 holds no organization with the id or name %2.</source>
        <translation>%1 中没有编号或名称为 %2 的党组织。</translation>
    </message>
    <message>
        <source>%1 names %2 organizations in %3: %4. Give the id instead.</source>
        <translation>“%1”在 %3 中对应 %2 个党组织：%4。请改用编号。</translation>
    </message>
    <message>
        <source>--year takes a year such as 2023.</source>
        <translation>--year 须为年份，如 2023。</translation>
    </message>
    <message>
        <source>Give either --quarter or --month, not both.</source>
        <translation>--quarter 与 --month 只能给出其一。</translation>
    </message>
    <message>
        <source>--quarter takes 1, 2, 3 or 4.</source>
        <translation>--quarter 须为 1、2、3 或 4。</translation>
    </message>
    <message>
        <source>--month takes a month from 1 to 12.</source>
        <translation>--month 须为 1 至 12 之间的月份。</translation>
    </message>
    <message>
        <source>Activities of %1, %2</source>
        <translation>%1 %2活动统计</translation>
    </message>
    <message>
        <source>No activities recorded.</source>
        <translation>未记录活动。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>服务群众（人次）</translation>
    </message>
    <message>
        <source>Problems solved</source>
        <translation>解决实际问题（件）</translation>
    </message>
    <message>
        <source>Households helped</source>
        <translation>结对帮扶（户）</translation>
    </message>
    <message>
        <source>Funds (yuan)</source>
        <translation>帮扶资金（元）</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <source>Members taking part: %1 of %2 on the roll (%3)</source>
        <translation>参加活动党员：%1 名，在册党员 %2 名（%3）</translation>
    </message>
    <message>
        <source>Every 三会一课 duty due in the period was held.</source>
        <translation>本期应开展的“三会一课”均已按要求开展。</translation>
    </message>
    <message numerus="yes">
        <source>三会一课 duties not met (%n):</source>
        <translation>
            <numerusform>未按要求开展的“三会一课”（%n 项）：</numerusform>
        </translation>
    </message>
    <message>
        <source>held %1 of %2</source>
        <translation>应开展 %2 次，实际 %1 次</translation>
    </message>
    <message>
        <source>The organization: its id, full name or short name.</source>
        <translation>党组织：编号、全称或简称。</translation>
    </message>
    <message>
        <source>The year.</source>
        <translation>年份。</translation>
    </message>
    <message>
        <source>One quarter of the year, 1 to 4.</source>
        <translation>季度，1 至 4。</translation>
    </message>
    <message>
        <source>One month of the year, 1 to 12.</source>
        <translation>月份，1 至 12。</translation>
    </message>
    <message>
        <source>Judge the duties as on this day (YYYY-MM-DD) instead of today.</source>
        <translation>按此日期（YYYY-MM-DD）而非今天判断“三会一课”完成情况。</translation>
    </message>
    <message>
        <source>--today takes a date as YYYY-MM-DD.</source>
        <translation>--today 须为 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Usage:
  partyledger [FILE.pldb]            open the ledger in a window
  partyledger check FILE.pldb        check the file and every record; one line per problem
  partyledger info FILE.pldb [--json]  count organizations and members
  partyledger generate OUT.pldb --members N --seed S [--activities N]
                                     write a synthetic ledger
  partyledger demo OUT.pldb          write the demo ledger
  partyledger honors list FILE.pldb [--json]  list the awards with their ids and counts
  partyledger honors print FILE.pldb --award ID (--pdf OUT.pdf | --odt OUT.odt)
      [--order entered|stroke|pinyin|unit] [--columns 1|2]
      [--title TEXT] [--subtitle TEXT]  write an honor list
  partyledger stats FILE.pldb --org NAME_OR_ID --year Y [--quarter Q | --month M]
      [--today YYYY-MM-DD] [--json]  activities, service figures and the 三会一课 duties not met
  partyledger summary FILE.pldb --org NAME_OR_ID --year Y  the year's activities as a report paragraph
  partyledger import members|organizations|activities FILE.pldb DATA.(xlsx|csv)
      [--sheet NAME] [--dry-run] [--create-missing] [--json]  check a sheet and import it: all rows or none
  partyledger export members FILE.pldb OUT.(xlsx|csv) [--org NAME_OR_ID] [--history]
                                     write the roster for Excel
Options:
  --language zh_CN|en                the language of the window for this run
  -h, --help                         show this help
  -v, --version                      show the version
</source>
        <translation>用法：
  partyledger [FILE.pldb]            在窗口中打开台账
  partyledger check FILE.pldb        检查文件及每条记录；每个问题占一行
  partyledger info FILE.pldb [--json]  统计党组织数和党员数
  partyledger generate OUT.pldb --members N --seed S [--activities N]
                                     生成一个模拟台账
  partyledger demo OUT.pldb          生成演示台账
  partyledger honors list FILE.pldb [--json]  列出各项表彰及其编号和人数
  partyledger honors print FILE.pldb --award ID (--pdf OUT.pdf | --odt OUT.odt)
      [--order entered|stroke|pinyin|unit] [--columns 1|2]
      [--title TEXT] [--subtitle TEXT]  输出光荣榜
  partyledger stats FILE.pldb --org NAME_OR_ID --year Y [--quarter Q | --month M]
      [--today YYYY-MM-DD] [--json]  活动统计、服务数据及未按要求开展的“三会一课”
  partyledger summary FILE.pldb --org NAME_OR_ID --year Y  以总结段落输出全年活动情况
  partyledger import members|organizations|activities FILE.pldb DATA.(xlsx|csv)
      [--sheet NAME] [--dry-run] [--create-missing] [--json]  检查表格并导入：要么全部导入，要么一行不写
  partyledger export members FILE.pldb OUT.(xlsx|csv) [--org NAME_OR_ID] [--history]
                                     导出花名册，供 Excel 使用
选项：
  --language zh_CN|en                本次运行时窗口使用的语言
  -h, --help                         显示本帮助
  -v, --version                      显示版本号
</translation>
    </message>
    <message>
        <source>The file has no sheet named %1; its sheets are: %2.</source>
        <translation>文件中没有名为“%1”的工作表；其中的工作表为：%2。</translation>
    </message>
    <message>
        <source>The file holds no sheet.</source>
        <translation>文件中没有任何工作表。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第%1行，%2：%3</translation>
    </message>
    <message>
        <source>Row %1: %2 is already in the ledger and is updated.</source>
        <translation>第%1行：%2 已在台账中，将予以更新。</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>新建：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 rows, %n with problems: nothing was written.</source>
        <translation>
            <numerusform>共%1行，其中%n处有问题：未写入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows checked: %2 would be added, %3 updated. Nothing was written (dry run).</source>
        <translation>已检查%1行：将新增%2条，更新%3条。试运行，未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 rows imported: %2 added, %3 updated.</source>
        <translation>已导入%1行：新增%2条，更新%3条。</translation>
    </message>
    <message>
        <source>Check everything, write nothing.</source>
        <translation>只检查，不写入。</translation>
    </message>
    <message>
        <source>Create the branches (members) or activity types the ledger lacks.</source>
        <translation>新建台账中没有的党支部（导入党员时）或活动类型（导入活动时）。</translation>
    </message>
    <message>
        <source>The sheet of the workbook to read.</source>
        <translation>要读取的工作表。</translation>
    </message>
    <message>
        <source>import takes members, organizations or activities, not %1.</source>
        <translation>import 后应为 members、organizations 或 activities，而不是 %1。</translation>
    </message>
    <message>
        <source>%1 can only be read: nothing can be imported into it.</source>
        <translation>%1 只能读取，无法导入。</translation>
    </message>
    <message>
        <source>Only this organization and those under it: its id, full name or short name.</source>
        <translation>只导出该组织及其下属组织：填写编号、全称或简称。</translation>
    </message>
    <message>
        <source>Include members off the roll (transferred out, deceased).</source>
        <translation>包括已不在册的党员（转出、去世）。</translation>
    </message>
    <message>
        <source>export takes members, not %1.</source>
        <translation>export 后应为 members，而不是 %1。</translation>
    </message>
    <message>
        <source>The file to write must end in .xlsx or .csv: %1.</source>
        <translation>导出文件名须以 .xlsx 或 .csv 结尾：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n members written to %1.</source>
        <translation>
            <numerusform>已将%n名党员导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Could not save %1: the folder %2 does not exist.</source>
        <translation>无法保存 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation>无法保存 %1：%2。</translation>
    </message>
    <message>
        <source>Could not save %1. The disk may be full or the folder may not allow writing (%2).</source>
        <translation>无法保存 %1。磁盘可能已满，或该文件夹不允许写入（%2）。</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>导出已取消，未写入 %1。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 is empty: it holds no table.</source>
        <translation>%1 是空文件，其中没有表格。</translation>
    </message>
    <message>
        <source>%1 is not a text table (CSV) file: it holds binary data or text in an unknown encoding. If it is a spreadsheet, open it in Excel or WPS and save it as an Excel workbook (.xlsx).</source>
        <translation>%1 不是文本表格（CSV）文件：其中是二进制数据，或是无法识别编码的文字。如果它是电子表格，请用 Excel 或 WPS 打开，另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>已取消读取 %1。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>DatedStepFields</name>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>DemoLedger</name>
    <message>
        <source>The demo data has an unknown organization kind.</source>
        <translation>演示数据中有未知的党组织类型。</translation>
    </message>
    <message>
        <source>The demo data is not readable: %1</source>
        <translation>无法读取演示数据：%1</translation>
    </message>
    <message>
        <source>The demo data is missing from this build of PartyLedger.</source>
        <translation>此版本的党建台账缺少演示数据。</translation>
    </message>
    <message>
        <source>The demo data refers to "%1", which it does not define.</source>
        <translation>演示数据引用了“%1”，但没有定义它。</translation>
    </message>
    <message>
        <source>The demo data names the activity type "%1", which the ledger does not have.</source>
        <translation>演示数据中的活动类型“%1”在台账中不存在。</translation>
    </message>
</context>
<context>
    <name>HonorListDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>Could not start printing the honor list.</source>
        <translation>无法开始打印光荣榜。</translation>
    </message>
    <message>
        <source>Could not start page %1 of the honor list.</source>
        <translation>无法开始光荣榜的第 %1 页。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Honor Roll</source>
        <translation>光荣榜</translation>
    </message>
    <message>
        <source>%1. %2 (%3 people)</source>
        <translation>%1、%2(%3名)</translation>
    </message>
    <message>
        <source>%1. %2 (%3 organizations)</source>
        <translation>%1、%2(%3个)</translation>
    </message>
    <message>
        <source>The category %1 has no recipients.</source>
        <translation>类别“%1”没有表彰对象。</translation>
    </message>
    <message>
        <source>Recipient %1 of %2 has no name.</source>
        <translation>“%2”的第 %1 个表彰对象没有姓名。</translation>
    </message>
    <message>
        <source>recipient %1</source>
        <translation>第 %1 个表彰对象</translation>
    </message>
    <message>
        <source>The citation of %1 in %2 does not fit on one line and will wrap.</source>
        <translation>“%2”中%1的单位职务一行排不下，将折行。</translation>
    </message>
    <message>
        <source>The ODF writer is not available.</source>
        <translation>ODF 文档写入组件不可用。</translation>
    </message>
    <message>
        <source>%2/%3/%1</source>
        <extracomment>The footer's date: %1 year, %2 month, %3 day.</extracomment>
        <translation>%1年%2月%3日</translation>
    </message>
</context>
<context>
    <name>HonorOrders</name>
    <message>
        <source>As entered</source>
        <translation>按录入顺序</translation>
    </message>
    <message>
        <source>By surname strokes</source>
        <translation>按姓氏笔画排序</translation>
    </message>
    <message>
        <source>By pinyin</source>
        <translation>按姓氏拼音排序</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>按单位排序</translation>
    </message>
    <message>
        <source>(in order of surname strokes)</source>
        <translation>（按姓氏笔画排序）</translation>
    </message>
    <message>
        <source>(in pinyin order of surnames)</source>
        <translation>（按姓氏拼音排序）</translation>
    </message>
    <message>
        <source>(by unit)</source>
        <translation>（按单位排序）</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>ID number is empty.</source>
        <translation>身份证号为空。</translation>
    </message>
    <message>
        <source>ID number was stored by a spreadsheet as a number, which keeps only 15 digits, so its last digits are lost; format the column as text and enter the number again.</source>
        <translation>身份证号被电子表格存成了数字，数字只保留15位有效数字，末尾几位已经丢失；请将该列设置为文本格式后重新录入。</translation>
    </message>
    <message>
        <source>ID number has the old 15-digit form; convert it to the 18-digit form first.</source>
        <translation>身份证号为旧的15位号码，请先转换为18位身份证号。</translation>
    </message>
    <message>
        <source>ID number must have 18 characters, not %1.</source>
        <translation>身份证号应为18位，而不是%1位。</translation>
    </message>
    <message>
        <source>ID number may hold only digits, with X as the last character.</source>
        <translation>身份证号只能由数字组成，仅最后一位可以是X。</translation>
    </message>
    <message>
        <source>ID number's region code %1 is not a Chinese region.</source>
        <translation>身份证号的地址码%1不是有效的国内行政区划代码。</translation>
    </message>
    <message>
        <source>ID number holds the birth date %1, which is not a real date.</source>
        <translation>身份证号中的出生日期%1不是有效日期。</translation>
    </message>
    <message>
        <source>ID number holds the birth date %1, which is before 1900.</source>
        <translation>身份证号中的出生日期%1早于1900年。</translation>
    </message>
    <message>
        <source>ID number holds the birth date %1, which is in the future.</source>
        <translation>身份证号中的出生日期%1晚于今天。</translation>
    </message>
    <message>
        <source>ID number gives an age of %1, which is not plausible.</source>
        <translation>按身份证号计算年龄为%1岁，不符合实际。</translation>
    </message>
    <message>
        <source>ID number's check digit should be %1, not 0, and the number ends in 000: a spreadsheet probably stored it as a number and lost its last digits.</source>
        <translation>身份证号的校验位应为%1，而不是0；号码以000结尾，可能是电子表格把它存成了数字，末尾几位已经丢失。</translation>
    </message>
    <message>
        <source>ID number's check digit (its last character) should be %1, not %2; look for a mistyped digit.</source>
        <translation>身份证号的校验位（最后一位）应为%1，而不是%2，请检查是否有数字录错。</translation>
    </message>
</context>
<context>
    <name>ImportCells</name>
    <message>
        <source>“%1” is not a date; write it like 2021-07-01, 2021/7/1, 2021.07 or 2021年7月1日.</source>
        <translation>“%1”不是日期；请写成 2021-07-01、2021/7/1、2021.07 或 2021年7月1日 的形式。</translation>
    </message>
    <message>
        <source>“%1” is only a year; give the month too, like %1.07.</source>
        <translation>“%1”只有年份；请同时填写月份，如 %1.07。</translation>
    </message>
    <message>
        <source>“%1” could be January or October: the cell is a number, which drops the 0 of .10. Format the column as text and type the date again, like 2021-10.</source>
        <translation>“%1”可能是1月也可能是10月：该单元格是数字格式，会把 .10 末尾的 0 去掉。请把该列设为文本格式后重新输入日期，如 2021-10。</translation>
    </message>
    <message>
        <source>“%1” is not a whole number; write digits only, like 12 or 1,200.</source>
        <translation>“%1”不是整数；请只填数字，如 12 或 1,200。</translation>
    </message>
    <message>
        <source>%1 is below zero; a count cannot be negative.</source>
        <translation>%1 小于零；数量不能为负数。</translation>
    </message>
    <message>
        <source>%1 is below zero; an amount cannot be negative.</source>
        <translation>%1 小于零；金额不能为负数。</translation>
    </message>
    <message>
        <source>“%1” is not an amount in yuan; write it with at most two decimals, like 1234.50 or 1,234.5.</source>
        <translation>“%1”不是以元为单位的金额；最多保留两位小数，如 1234.50 或 1,234.5。</translation>
    </message>
    <message>
        <source>“%1” is not a number of hours; write it like 2 or 1.5.</source>
        <translation>“%1”不是小时数；请写成 2 或 1.5 这样的数字。</translation>
    </message>
    <message>
        <source>%1 is below zero; hours cannot be negative.</source>
        <translation>%1 小于零；时长不能为负数。</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>The sheet %1 has nothing in its first %2 rows; choose the sheet that holds the table.</source>
        <translation>工作表“%1”的前 %2 行没有内容；请选择存放表格的工作表。</translation>
    </message>
    <message>
        <source>No header row was found in the first %1 rows of the sheet %2. The table needs a row of column titles such as %3.</source>
        <translation>在工作表“%2”的前 %1 行中没有找到表头。表格需要有一行列标题，如 %3。</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>已取消，未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 已存在，请换一个名称。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of PartyLedger. Please update PartyLedger to open it.</source>
        <translation>%1 是由更新版本的党建台账保存的，请先升级党建台账再打开。</translation>
    </message>
    <message>
        <source>The ledger was not upgraded, because no backup could be made first. %1</source>
        <translation>升级前未能备份台账，因此台账没有升级。%1</translation>
    </message>
    <message>
        <source>Could not upgrade the ledger to format %1</source>
        <translation>无法将台账升级到第 %1 版格式</translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing can be changed.</source>
        <translation>%1 以只读方式打开，不能修改。</translation>
    </message>
    <message>
        <source>Could not start saving</source>
        <translation>无法开始保存</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>Could not read the ledger</source>
        <translation>无法读取台账</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>无法保存%1</translation>
    </message>
    <message>
        <source>the unit %1</source>
        <translation>单位“%1”</translation>
    </message>
    <message>
        <source>the organization %1</source>
        <translation>党组织“%1”</translation>
    </message>
    <message>
        <source>the member %1</source>
        <translation>党员%1</translation>
    </message>
    <message>
        <source>the Party post %1 of %2</source>
        <translation>%2的党内职务“%1”</translation>
    </message>
    <message>
        <source>the transfer</source>
        <translation>组织关系转接记录</translation>
    </message>
    <message>
        <source>the award %1</source>
        <translation>表彰“%1”</translation>
    </message>
    <message>
        <source>the award category %1</source>
        <translation>表彰类别“%1”</translation>
    </message>
    <message>
        <source>the recipient %1</source>
        <translation>受表彰对象%1</translation>
    </message>
    <message>
        <source>Database structure: %1</source>
        <translation>数据库结构：%1</translation>
    </message>
    <message>
        <source>Record %1 in table %2 refers to a missing record in %3.</source>
        <translation>表 %2 中编号为 %1 的记录引用了表 %3 中不存在的记录。</translation>
    </message>
    <message>
        <source>Choose another file for the copy: this is the open ledger itself.</source>
        <translation>请为副本另选一个文件：所选文件就是当前打开的台账。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 says what could not be done, %2 why, in the engine's words made plain.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The ledger could not carry out the request</source>
        <translation>台账无法执行这项操作</translation>
    </message>
    <message>
        <source>The member %1 was not saved: %2</source>
        <translation>党员%1的信息未保存：%2</translation>
    </message>
    <message>
        <source>Could not read the Party posts: %1</source>
        <translation>无法读取党内职务：%1</translation>
    </message>
    <message>
        <source>Could not read the members: %1</source>
        <translation>无法读取党员信息：%1</translation>
    </message>
    <message>
        <source>Could not read the organizations: %1</source>
        <translation>无法读取党组织：%1</translation>
    </message>
    <message>
        <source>%1 is on a network drive (%2). A ledger must be on this computer's own disk to be saved safely; copy it here and open the copy.</source>
        <translation>%1 位于网络驱动器上（%2）。台账必须放在本机磁盘上才能安全保存，请先复制到本机再打开副本。</translation>
    </message>
    <message>
        <source>%1 is in the format of an older PartyLedger (format %2). Open it once in PartyLedger, which upgrades it, then try again.</source>
        <translation>%1 是旧版党建台账的格式（格式 %2）。请先在党建台账程序中打开一次以完成升级，然后再试。</translation>
    </message>
    <message>
        <source>%1 was written by an older version of PartyLedger and must be upgraded, but the file is read-only. Copy it to a folder you can write to and open the copy.</source>
        <translation>%1 由旧版党建台账创建，需要升级，但该文件是只读的。请将它复制到可以写入的文件夹，再打开副本。</translation>
    </message>
    <message>
        <source>Undoing the unfinished change failed as well: %1</source>
        <translation>撤回未完成的修改也失败了：%1</translation>
    </message>
    <message>
        <source>The organization %1 was not saved: its parent is not in the ledger.</source>
        <translation>党组织%1未保存：它的上级组织不在台账中。</translation>
    </message>
    <message>
        <source>The member %1 was not saved: the branch is not in the ledger.</source>
        <translation>党员%1的信息未保存：所在支部不在台账中。</translation>
    </message>
    <message>
        <source>The member %1 was not saved: members belong to a branch or Party group, not to a %2.</source>
        <translation>党员%1的信息未保存：党员只能编入党支部或党小组，不能直接编入%2。</translation>
    </message>
    <message>
        <source>The member is no longer in the ledger; someone may have removed them.</source>
        <translation>该党员已不在台账中，可能已被他人删除。</translation>
    </message>
    <message>
        <source>the award</source>
        <translation>表彰</translation>
    </message>
    <message>
        <source>The award category is no longer in the ledger.</source>
        <translation>该表彰类别已不在台账中。</translation>
    </message>
    <message>
        <source>the award category</source>
        <translation>表彰类别</translation>
    </message>
    <message>
        <source>the honor list</source>
        <translation>光荣榜名单</translation>
    </message>
    <message>
        <source>The recipient is no longer in the ledger.</source>
        <translation>该受表彰对象已不在台账中。</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>受表彰对象</translation>
    </message>
    <message>
        <source>The award is no longer in the ledger.</source>
        <translation>该表彰已不在台账中。</translation>
    </message>
    <message>
        <source>the member</source>
        <translation>该党员</translation>
    </message>
    <message>
        <source>the honor-list entry</source>
        <translation>光荣榜条目</translation>
    </message>
    <message>
        <source>The members of %1 cannot move to %2: a %3 holds organizations, not members.</source>
        <translation>%1的党员不能转入%2：%3下设组织，不直接管理党员。</translation>
    </message>
    <message>
        <source>The members of %1 cannot move to %2, which was dissolved on %3.</source>
        <translation>%1的党员不能转入%2：该组织已于%3撤销。</translation>
    </message>
    <message>
        <source>%1 cannot be dissolved on %2: it was founded on %3.</source>
        <translation>%1不能在%2撤销：它成立于%3。</translation>
    </message>
    <message>
        <source>The organization is no longer in the ledger; someone may have removed it.</source>
        <translation>该组织已不在台账中，可能已被他人删除。</translation>
    </message>
    <message>
        <source>%1 cannot be at the top of the tree: a %2 belongs under another organization.</source>
        <translation>%1不能作为最上级组织：%2须隶属于其他组织。</translation>
    </message>
    <message>
        <source>%1 cannot be placed under itself.</source>
        <translation>%1不能放在自身之下。</translation>
    </message>
    <message>
        <source>%1 cannot be placed under %2, which is part of it.</source>
        <translation>%1不能放在%2之下：%2是它的下级组织。</translation>
    </message>
    <message>
        <source>%1 cannot be placed under %2: a %3 cannot be placed under a %4.</source>
        <translation>%1不能放在%2之下：%3不能隶属于%4。</translation>
    </message>
    <message>
        <source>%1 cannot be placed under %2, which was dissolved on %3.</source>
        <translation>%1不能放在%2之下：该组织已于%3撤销。</translation>
    </message>
    <message>
        <source>%1 was not saved: the full name cannot be empty.</source>
        <translation>%1未保存：全称不能为空。</translation>
    </message>
    <message>
        <source>%1 was not saved: it cannot be dissolved (%2) before it was founded (%3).</source>
        <translation>%1未保存：撤销日期（%2）不能早于成立日期（%3）。</translation>
    </message>
    <message>
        <source>%1 cannot become a %2: a %2 cannot be placed under a %3 (%4).</source>
        <translation>%1不能改为%2：%2不能隶属于%3（%4）。</translation>
    </message>
    <message>
        <source>%1 cannot become a %2: a %2 cannot be at the top of the tree.</source>
        <translation>%1不能改为%2：%2不能作为最上级组织。</translation>
    </message>
    <message>
        <source>%1 cannot become a %2: a %3 (%4) cannot be placed under a %2.</source>
        <translation>%1不能改为%2：其下的%3（%4）不能隶属于%2。</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot become a %2: %n member(s) belong to it, and a %2 holds organizations, not members.</source>
        <translation>
            <numerusform>%1不能改为%2：它有 %n 名党员，而%2下设组织，不直接管理党员。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not dissolved: members on the roll or organizations in being are still under it. Dissolve it with the Dissolve command, which moves them.</source>
        <translation>%1未撤销：其下仍有在册党员或未撤销的组织。请使用“撤销”命令，它会同时转移这些党员。</translation>
    </message>
    <message>
        <source>organizations stand under it</source>
        <translation>其下还有组织</translation>
    </message>
    <message>
        <source>members belong to it</source>
        <translation>还有党员属于它</translation>
    </message>
    <message>
        <source>members hold Party posts in it</source>
        <translation>还有党员在其中担任党内职务</translation>
    </message>
    <message>
        <source>member transfers refer to it</source>
        <translation>还有组织关系转接记录涉及它</translation>
    </message>
    <message>
        <source>honor lists name it</source>
        <translation>还有光荣榜列有它</translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2.</source>
        <translation>%1不能删除：%2。</translation>
    </message>
    <message>
        <source>Give the date %1 is dissolved on.</source>
        <translation>请填写%1的撤销日期。</translation>
    </message>
    <message>
        <source>%1 was already dissolved on %2.</source>
        <translation>%1已于%2撤销。</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n member(s) on the roll; choose the branch they move to.</source>
        <translation>
            <numerusform>%1还有 %n 名在册党员，请选择他们转入的党支部。</numerusform>
        </translation>
    </message>
    <message>
        <source>The branch the members of %1 move to is not in the ledger.</source>
        <translation>%1党员转入的党支部不在台账中。</translation>
    </message>
    <message>
        <source>The members of %1 cannot move to %2, which is dissolved with it.</source>
        <translation>%1的党员不能转入%2：它将一并撤销。</translation>
    </message>
    <message>
        <source>%1 cannot be merged into itself.</source>
        <translation>%1不能与自身合并。</translation>
    </message>
    <message>
        <source>%1 is a %2; only branches can be merged.</source>
        <translation>%1是%2；只有党支部可以合并。</translation>
    </message>
    <message>
        <source>Give the date %1 is merged into %2 on.</source>
        <translation>请填写%1并入%2的日期。</translation>
    </message>
    <message>
        <source>the head count</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>the people served</source>
        <translation>服务群众人次</translation>
    </message>
    <message>
        <source>the problems solved</source>
        <translation>解决问题件数</translation>
    </message>
    <message>
        <source>the households helped</source>
        <translation>帮扶户数</translation>
    </message>
    <message>
        <source>the funds</source>
        <translation>帮扶资金</translation>
    </message>
    <message>
        <source>the hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>An activity type needs a name.</source>
        <translation>活动类型须有名称。</translation>
    </message>
    <message>
        <source>The activity type %1 was not saved: a duty must be held at least once a period.</source>
        <translation>活动类型“%1”未保存：“三会一课”每个周期至少须开展一次。</translation>
    </message>
    <message>
        <source>There is already an activity type named %1.</source>
        <translation>已有名为“%1”的活动类型。</translation>
    </message>
    <message>
        <source>the activity type %1</source>
        <translation>活动类型“%1”</translation>
    </message>
    <message>
        <source>The activity type is no longer in the ledger; someone may have removed it.</source>
        <translation>该活动类型已不在台账中，可能已被他人删除。</translation>
    </message>
    <message>
        <source>The activity type %1 cannot be removed: activities of this type are recorded.</source>
        <translation>活动类型“%1”不能删除：已有此类型的活动记录。</translation>
    </message>
    <message>
        <source>Could not read the activity types: %1</source>
        <translation>无法读取活动类型：%1</translation>
    </message>
    <message>
        <source>The activity was not saved: %1</source>
        <translation>活动未保存：%1</translation>
    </message>
    <message>
        <source>give its date.</source>
        <translation>请填写活动日期。</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1不能为负数。</translation>
    </message>
    <message>
        <source>its organization is not in the ledger.</source>
        <translation>所属组织不在台账中。</translation>
    </message>
    <message>
        <source>its date %1 is before %2 was founded on %3.</source>
        <translation>活动日期%1早于%2的成立日期%3。</translation>
    </message>
    <message>
        <source>its date %1 is after %2 was dissolved on %3.</source>
        <translation>活动日期%1晚于%2的撤销日期%3。</translation>
    </message>
    <message>
        <source>its type is not in the ledger.</source>
        <translation>活动类型不在台账中。</translation>
    </message>
    <message>
        <source>a participant is no longer in the ledger; someone may have removed them.</source>
        <translation>有参加人员已不在台账中，可能已被他人删除。</translation>
    </message>
    <message>
        <source>%1 was not a member of any organization in the ledger on %2.</source>
        <translation>%2时%1不是台账中任何组织的党员。</translation>
    </message>
    <message>
        <source>on %2, %1 belonged to %3, which is not part of %4.</source>
        <translation>%2时%1属于%3，不在%4之内。</translation>
    </message>
    <message>
        <source>Could not save the activities: %1</source>
        <translation>无法保存活动：%1</translation>
    </message>
    <message>
        <source>Could not save the activity of %1: %2</source>
        <translation>无法保存%1的活动：%2</translation>
    </message>
    <message>
        <source>Could not save the participants of the activities: %1</source>
        <translation>无法保存活动的参加人员：%1</translation>
    </message>
    <message>
        <source>The activity is no longer in the ledger; someone may have removed it.</source>
        <translation>该活动已不在台账中，可能已被他人删除。</translation>
    </message>
    <message>
        <source>the activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Could not read the activities: the period has no valid first and last day.</source>
        <translation>无法读取活动：期间的起止日期无效。</translation>
    </message>
    <message>
        <source>Could not read the activities: %1</source>
        <translation>无法读取活动：%1</translation>
    </message>
    <message>
        <source>Give the day to look up where the member belonged.</source>
        <translation>请给出要查询党员所在组织的日期。</translation>
    </message>
    <message>
        <source>the participations of the member</source>
        <translation>该党员的活动参加记录</translation>
    </message>
    <message>
        <source>30 and under</source>
        <translation>30岁及以下</translation>
    </message>
    <message>
        <source>31-40</source>
        <translation>31-40岁</translation>
    </message>
    <message>
        <source>41-50</source>
        <translation>41-50岁</translation>
    </message>
    <message>
        <source>51-60</source>
        <translation>51-60岁</translation>
    </message>
    <message>
        <source>61 and over</source>
        <translation>61岁及以上</translation>
    </message>
    <message>
        <source>birth date missing</source>
        <translation>未填出生日期</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>%1 was not saved: an activity of %2 is recorded for it, before the founding date %3.</source>
        <translation>%1未保存：它有%2的活动记录，早于成立日期%3。</translation>
    </message>
    <message>
        <source>%1 was not saved: an activity of %2 is recorded for it, after the dissolving date %3.</source>
        <translation>%1未保存：它有%2的活动记录，晚于撤销日期%3。</translation>
    </message>
    <message>
        <source>activities are recorded for it</source>
        <translation>还有它的活动记录</translation>
    </message>
    <message>
        <source>The member %1 was not saved: members belong to a branch or Party group.</source>
        <translation>党员%1未保存：党员应属于党支部或党小组。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>已取消，未保存任何内容。</translation>
    </message>
    <message>
        <source>Could not save the Party post %1 of %2: %3</source>
        <translation>无法保存%2的党内职务%1：%3</translation>
    </message>
    <message>
        <source>Could not save the unit %1: %2</source>
        <translation>无法保存单位%1：%2</translation>
    </message>
    <message>
        <source>Could not save the members: %1</source>
        <translation>无法保存党员：%1</translation>
    </message>
    <message>
        <source>Could not save the member %1: %2</source>
        <translation>无法保存党员%1：%2</translation>
    </message>
    <message>
        <source>The member %1 is no longer in the ledger; someone may have removed them.</source>
        <translation>党员%1已不在台账中，可能已被他人删除。</translation>
    </message>
    <message>
        <source>Could not save the transfer of %1: %2</source>
        <translation>无法保存%1的组织关系转接：%2</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>无法删除%1：%2</translation>
    </message>
    <message>
        <source>the members</source>
        <translation>这些党员</translation>
    </message>
    <message>
        <source>the transfers</source>
        <translation>这些组织关系转接记录</translation>
    </message>
    <message>
        <source>the units</source>
        <translation>这些单位</translation>
    </message>
    <message>
        <source>the activities</source>
        <translation>这些活动</translation>
    </message>
    <message>
        <source>Could not rebuild the index %1: %2</source>
        <translation>无法重建索引 %1：%2</translation>
    </message>
    <message>
        <source>Could not save the members: the database refused a setting the update needs (ignore_check_constraints).</source>
        <translation>无法保存党员：数据库拒绝了更新所需的设置（ignore_check_constraints）。</translation>
    </message>
</context>
<context>
    <name>LedgerCheck</name>
    <message>
        <source>belongs to %1, which is a %2; members belong to a branch or group.</source>
        <translation>隶属于%1，但它是%2；党员只能隶属于党支部或党小组。</translation>
    </message>
    <message>
        <source>is still on the roll of %1, which was dissolved on %2.</source>
        <translation>仍登记在%1，但该组织已于%2撤销。</translation>
    </message>
    <message>
        <source>Organization %1: a %2 cannot be at the top of the tree.</source>
        <translation>党组织%1：%2不能作为最上级组织。</translation>
    </message>
    <message>
        <source>Organization %1: a %2 cannot be placed under a %3 (%4).</source>
        <translation>党组织%1：%2不能隶属于%3（%4）。</translation>
    </message>
    <message>
        <source>Organization %1 is its own ancestor: its chain of parent organizations goes round in a loop.</source>
        <translation>党组织%1的上级组织链形成了循环（它成了自己的上级）。</translation>
    </message>
    <message>
        <source>Member %1 (%2): %3</source>
        <extracomment>%1 name, %2 branch, %3 what is wrong</extracomment>
        <translation>党员%1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>LedgerFile</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a PartyLedger ledger: it is not a database file at all.</source>
        <translation>%1 不是党建台账文件：它根本不是数据库文件。</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a PartyLedger ledger.</source>
        <translation>%1 是其他程序的数据库，不是党建台账文件。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of PartyLedger (format %2; this version reads up to %3). Please update PartyLedger to open it.</source>
        <translation>%1 是由更新版本的党建台账保存的（格式版本 %2，本版本最高只能读取 %3）。请先升级党建台账再打开。</translation>
    </message>
    <message>
        <source>%1 is damaged: its header is not valid.</source>
        <translation>%1 已损坏：文件头无效。</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than its header says (%2 of %3 bytes); it was probably cut off while copying. Open a backup instead.</source>
        <translation>%1 已损坏：文件比文件头记载的短（只有 %2 字节，应为 %3 字节），可能是复制时没有复制完整。请改为打开备份。</translation>
    </message>
</context>
<context>
    <name>MemberImport</name>
    <message>
        <source>Unit %1</source>
        <translation>单位 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 the kind (党支部, 党小组), %2 its name</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The ID number is stored as a number, which keeps only 15 digits, so its last digits are lost; format the column as text and type the ID numbers again.</source>
        <translation>身份证号以数字格式保存，只保留15位有效数字，末几位已经丢失；请把该列设为文本格式后重新输入身份证号。</translation>
    </message>
    <message>
        <source>The same ID number is on row %1 already; each member may appear once.</source>
        <translation>第 %1 行已有相同的身份证号；每名党员只能出现一次。</translation>
    </message>
    <message>
        <source>“%1” is not a gender; write 男 or 女 (M or F).</source>
        <translation>“%1”不是性别；请填写“男”或“女”（或 M、F）。</translation>
    </message>
    <message>
        <source>“%1” is not a category; write 正式党员 or 预备党员.</source>
        <translation>“%1”不是人员类别；请填写“正式党员”或“预备党员”。</translation>
    </message>
    <message>
        <source>“%1” is not a status; write 在册, 流动, 离退休, 转出 or 去世.</source>
        <translation>“%1”不是人员状态；请填写“在册”“流动”“离退休”“转出”或“去世”。</translation>
    </message>
    <message>
        <source>%1 is a %2; members belong to a branch or Party group.</source>
        <translation>%1是%2；党员应属于党支部或党小组。</translation>
    </message>
    <message>
        <source>“%1” is not a branch of the ledger; correct the name, or let the import create the branch.</source>
        <translation>“%1”不是台账中的党支部；请更正名称，或让导入时新建该支部。</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Professional title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在党支部</translation>
    </message>
    <message>
        <source>Party posts</source>
        <translation>党内职务</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>申请入党日期</translation>
    </message>
    <message>
        <source>Activist date</source>
        <translation>确定为积极分子日期</translation>
    </message>
    <message>
        <source>Candidate date</source>
        <translation>确定为发展对象日期</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Confirmation date</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>人员状态</translation>
    </message>
    <message>
        <source>Choose the row that holds the column titles.</source>
        <translation>请选择列标题所在的行。</translation>
    </message>
    <message>
        <source>The organization chosen for the new branches is no longer in the ledger.</source>
        <translation>为新支部选择的上级组织已不在台账中。</translation>
    </message>
    <message>
        <source>New branches cannot be created under %1, which was dissolved on %2.</source>
        <translation>不能在%1下新建支部，该组织已于 %2 撤销。</translation>
    </message>
    <message>
        <source>New branches cannot be created under %1: a %2 holds no branches or Party groups.</source>
        <translation>不能在%1下新建支部：%2下不设党支部或党小组。</translation>
    </message>
    <message>
        <source>Branch changed by an import</source>
        <translation>导入时变更所在支部</translation>
    </message>
</context>
<context>
    <name>MemberValidator</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>党员类别</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Confirmation date</source>
        <translation>转正日期</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>申请入党日期</translation>
    </message>
    <message>
        <source>Activist date</source>
        <translation>确定为入党积极分子日期</translation>
    </message>
    <message>
        <source>Candidate date</source>
        <translation>确定为发展对象日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>application date</source>
        <translation>申请入党日期</translation>
    </message>
    <message>
        <source>activist date</source>
        <translation>确定为入党积极分子日期</translation>
    </message>
    <message>
        <source>candidate date</source>
        <translation>确定为发展对象日期</translation>
    </message>
    <message>
        <source>join date</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Name is required.</source>
        <translation>姓名不能为空。</translation>
    </message>
    <message>
        <source>Name may have at most %1 characters, not %2.</source>
        <translation>姓名最多%1个字符，当前为%2个字符。</translation>
    </message>
    <message>
        <source>Birth date %1 differs from the birth date %2 in the ID number.</source>
        <translation>出生日期%1与身份证号中的出生日期%2不一致。</translation>
    </message>
    <message>
        <source>Gender is male, but the ID number is a woman's.</source>
        <translation>性别填写为男，但身份证号显示为女性。</translation>
    </message>
    <message>
        <source>Gender is female, but the ID number is a man's.</source>
        <translation>性别填写为女，但身份证号显示为男性。</translation>
    </message>
    <message>
        <source>Branch is required: choose the branch the member belongs to.</source>
        <translation>所在支部不能为空，请选择该党员所在的支部。</translation>
    </message>
    <message>
        <source>%1 %2 is in the future.</source>
        <extracomment>%1 a field label such as "Join date", %2 the date</extracomment>
        <translation>%1%2晚于今天。</translation>
    </message>
    <message>
        <source>%1 %2 must not be before the %3 %4.</source>
        <extracomment>%1 a field label, %2 its date, %3 "join date" as a noun, %4 its date</extracomment>
        <translation>%1%2不能早于%3%4。</translation>
    </message>
    <message>
        <source>%1 %2 must be after the %3 %4.</source>
        <extracomment>%1 a field label, %2 its date, %3 "birth date" etc. as a noun, %4 its date</extracomment>
        <translation>%1%2应晚于%3%4。</translation>
    </message>
    <message>
        <source>Join date is required.</source>
        <translation>入党日期不能为空。</translation>
    </message>
    <message>
        <source>Join date %1 is before the member turned 18 (birth date %2).</source>
        <translation>入党日期%1时该党员未满18周岁（出生日期%2）。</translation>
    </message>
    <message>
        <source>Category is probationary, but the confirmation date %1 is set: a confirmed member is a full member.</source>
        <translation>党员类别为预备党员，但已填写转正日期%1：已转正的应为正式党员。</translation>
    </message>
    <message>
        <source>Confirmation date is required for a full member who joined after 1990.</source>
        <translation>转正日期不能为空：1990年以后入党的正式党员须填写转正日期。</translation>
    </message>
    <message>
        <source>Phone may hold only digits, spaces and dashes, with + only at the start.</source>
        <translation>联系电话只能包含数字、空格和短横线，“+”只能出现在开头。</translation>
    </message>
    <message>
        <source>Phone must have %1 to %2 characters, not %3.</source>
        <translation>联系电话应为%1至%2个字符，当前为%3个字符。</translation>
    </message>
</context>
<context>
    <name>MemberVocabulary</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Probationary</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>正式党员</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>离退休</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>去世</translation>
    </message>
    <message>
        <source>Mobile member</source>
        <translation>流动党员</translation>
    </message>
</context>
<context>
    <name>OrgImport</name>
    <message>
        <source>The organization's full name is missing.</source>
        <translation>缺少组织全称。</translation>
    </message>
    <message>
        <source>The kind is missing; write 党委, 党总支, 党支部, 临时党支部 or 党小组.</source>
        <translation>缺少组织类别；请填写“党委”“党总支”“党支部”“临时党支部”或“党小组”。</translation>
    </message>
    <message>
        <source>“%1” is not a kind of organization; write 党委, 党总支, 党支部, 临时党支部 or 党小组.</source>
        <translation>“%1”不是组织类别；请填写“党委”“党总支”“党支部”“临时党支部”或“党小组”。</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>单位 %1</translation>
    </message>
    <message>
        <source>The same organization is on row %1 already.</source>
        <translation>第 %1 行已有同一组织。</translation>
    </message>
    <message>
        <source>Following the parents from this row leads back to it; one of them must be in the ledger or at the top.</source>
        <translation>沿本行的上级组织逐级查找又回到了本行；其中须有一个组织已在台账中或为最上级。</translation>
    </message>
    <message>
        <source>“%1” is the name of %2 rows of the sheet; write the full name of the parent.</source>
        <translation>表格中有 %2 行名为“%1”；请填写上级组织的全称。</translation>
    </message>
    <message>
        <source>The parent “%1” is neither in the ledger nor in the sheet.</source>
        <translation>上级组织“%1”既不在台账中，也不在表格中。</translation>
    </message>
    <message>
        <source>%1 was dissolved on %2; nothing new can be placed under it.</source>
        <translation>%1已于 %2 撤销，不能在其下新增组织。</translation>
    </message>
    <message>
        <source>A %1 cannot be placed under %2, a %3.</source>
        <extracomment>%1 and %3 kinds of organization (党支部, 党委), %2 the parent's name</extracomment>
        <translation>%1不能设在%2（%3）之下。</translation>
    </message>
    <message>
        <source>A %1 cannot be at the top of the tree; name its parent.</source>
        <translation>%1不能作为最上级组织；请填写其上级组织。</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Parent organization</source>
        <translation>上级组织</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>组织名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>组织类别</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Choose the row that holds the column titles.</source>
        <translation>请选择列标题所在的行。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>OrgKinds</name>
    <message>
        <source>Committee</source>
        <translation>党委</translation>
    </message>
    <message>
        <source>General branch</source>
        <translation>党总支</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Temporary branch</source>
        <translation>临时党支部</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
</context>
<context>
    <name>OrgNames</name>
    <message>
        <source>“%1” is not an organization of the ledger.</source>
        <translation>“%1”不是台账中的组织。</translation>
    </message>
    <message>
        <source>“%1” is the name of %2 organizations; write the full name of the one you mean.</source>
        <translation>有 %2 个组织名为“%1”；请填写所指组织的全称。</translation>
    </message>
</context>
<context>
    <name>PartyLedger::ActivitiesPage</name>
    <message>
        <source>&amp;New Activity...</source>
        <translation>新增活动(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>编辑(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Duplicate as New...</source>
        <translation>复制为新活动(&amp;D)...</translation>
    </message>
    <message>
        <source>A new activity with the same organization, type, participants and figures, dated today</source>
        <translation>以相同的组织、类型、参加人员和数据新建一项活动，日期为今天</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) in %1</source>
        <translation>
            <numerusform>%1共 %n 项活动</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the activity</source>
        <translation>已新增活动</translation>
    </message>
    <message>
        <source>Delete activities?</source>
        <translation>删除活动？</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n activity(ies)? Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>确定删除 %n 项活动吗？“编辑 &gt; 撤消”可以恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>Activity &amp;Types...</source>
        <translation>活动类型(&amp;T)...</translation>
    </message>
    <message>
        <source>The list of types, and the 三会一课 rules</source>
        <translation>活动类型列表及“三会一课”要求</translation>
    </message>
</context>
<context>
    <name>PartyLedger::ActivityDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <source>%1 (三会一课)</source>
        <translation>%1（三会一课）</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>e.g. 学习贯彻党的二十大精神</source>
        <translation>如：学习贯彻党的二十大精神</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <source>Members who &amp;took part:</source>
        <translation>参加党员(&amp;K)：</translation>
    </message>
    <message>
        <source> people</source>
        <translation> 人</translation>
    </message>
    <message>
        <source>Or a &amp;head count:</source>
        <translation>或参加人数(&amp;H)：</translation>
    </message>
    <message>
        <source> person-times</source>
        <translation> 人次</translation>
    </message>
    <message>
        <source>People &amp;served:</source>
        <translation>服务群众(&amp;S)：</translation>
    </message>
    <message>
        <source> items</source>
        <translation> 件</translation>
    </message>
    <message>
        <source>&amp;Problems solved:</source>
        <translation>解决问题(&amp;P)：</translation>
    </message>
    <message>
        <source> households</source>
        <translation> 户</translation>
    </message>
    <message>
        <source>Households &amp;helped:</source>
        <translation>帮扶户数(&amp;B)：</translation>
    </message>
    <message>
        <source>yuan, e.g. 1200.50</source>
        <translation>单位元，如 1200.50</translation>
    </message>
    <message>
        <source>&amp;Funds (yuan):</source>
        <translation>帮扶资金（元）(&amp;F)：</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Ho&amp;urs:</source>
        <translation>时长(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>New Activity</source>
        <translation>新增活动</translation>
    </message>
    <message>
        <source>Edit Activity</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>The date is missing or is not a date: type it as 2021-07-01.</source>
        <translation>日期未填写或格式不对：请按 2021-07-01 的格式填写。</translation>
    </message>
    <message>
        <source>Funds must be an amount in yuan with at most two decimals, such as 1200 or 1200.50.</source>
        <translation>帮扶资金须为以元为单位、最多两位小数的金额，如 1200 或 1200.50。</translation>
    </message>
</context>
<context>
    <name>PartyLedger::ActivityEditor</name>
    <message>
        <source>Add activity %1</source>
        <translation>新增活动“%1”</translation>
    </message>
    <message>
        <source>Edit activity %1</source>
        <translation>编辑活动“%1”</translation>
    </message>
    <message>
        <source>Remove activity %1</source>
        <translation>删除活动“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n activity(ies)</source>
        <translation>
            <numerusform>删除 %n 项活动</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate activity %1</source>
        <translation>复制活动“%1”</translation>
    </message>
    <message>
        <source>Add activity type %1</source>
        <translation>新增活动类型“%1”</translation>
    </message>
    <message>
        <source>The activity type is no longer in the ledger; someone may have removed it.</source>
        <translation>该活动类型已不在台账中，可能已被他人删除。</translation>
    </message>
    <message>
        <source>Edit activity type %1</source>
        <translation>修改活动类型“%1”</translation>
    </message>
</context>
<context>
    <name>PartyLedger::ActivityListModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Took part</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>服务人次</translation>
    </message>
    <message>
        <source>Problems solved</source>
        <translation>解决问题</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>帮扶户数</translation>
    </message>
    <message>
        <source>Funds (yuan)</source>
        <translation>帮扶资金（元）</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
</context>
<context>
    <name>PartyLedger::ActivityTypesDialog</name>
    <message>
        <source>Activity Types</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>One of the 三会一课 duties</source>
        <translation>属于“三会一课”</translation>
    </message>
    <message>
        <source>Held &amp;every:</source>
        <translation>周期(&amp;E)：</translation>
    </message>
    <message>
        <source> time(s) at least</source>
        <translation> 次以上</translation>
    </message>
    <message>
        <source>&amp;How often:</source>
        <translation>至少(&amp;H)：</translation>
    </message>
    <message>
        <source>every branch</source>
        <translation>各党支部</translation>
    </message>
    <message>
        <source>every Party group</source>
        <translation>各党小组</translation>
    </message>
    <message>
        <source>&amp;Owed by:</source>
        <translation>适用于(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;New Type</source>
        <translation>新增类型(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <source>%1 (三会一课)</source>
        <translation>%1（三会一课）</translation>
    </message>
    <message>
        <source>New type</source>
        <translation>新类型</translation>
    </message>
    <message>
        <source>New type %1</source>
        <translation>新类型%1</translation>
    </message>
</context>
<context>
    <name>PartyLedger::AwardContentModel</name>
    <message>
        <source>A member of this ledger</source>
        <translation>本台账中的党员</translation>
    </message>
    <message>
        <source>An organization of this ledger</source>
        <translation>本台账中的党组织</translation>
    </message>
    <message>
        <source>Not in this ledger; name typed in</source>
        <translation>不在本台账中，姓名为手工录入</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>A recipient needs a name.</source>
        <translation>受表彰对象必须有名称。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Unit and post (as printed)</source>
        <translation>单位及职务（按此印出）</translation>
    </message>
</context>
<context>
    <name>PartyLedger::AwardEditor</name>
    <message>
        <source>New award %1</source>
        <translation>新建表彰“%1”</translation>
    </message>
    <message>
        <source>Remove award %1</source>
        <translation>删除表彰“%1”</translation>
    </message>
    <message>
        <source>Edit award %1</source>
        <translation>修改表彰“%1”</translation>
    </message>
    <message>
        <source>Add category %1</source>
        <translation>添加类别“%1”</translation>
    </message>
    <message>
        <source>The category is no longer in this award.</source>
        <translation>该类别已不在此表彰中。</translation>
    </message>
    <message>
        <source>Remove category %1</source>
        <translation>删除类别“%1”</translation>
    </message>
    <message>
        <source>Rename category %1</source>
        <translation>重命名类别“%1”</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n recipient(s)</source>
        <translation>
            <numerusform>移除 %n 个受表彰对象</numerusform>
        </translation>
    </message>
    <message>
        <source>The recipient is no longer in this award.</source>
        <translation>该受表彰对象已不在此表彰中。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>调整 %1 的位置</translation>
    </message>
    <message>
        <source>Order the list: %1</source>
        <translation>排列名单：%1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n recipient(s)</source>
        <translation>
            <numerusform>调整 %n 个受表彰对象的位置</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartyLedger::AwardListModel</name>
    <message>
        <source>%1 people, %2 organizations</source>
        <translation>%1 名，%2 个组织</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>表彰</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Honored</source>
        <translation>受表彰</translation>
    </message>
</context>
<context>
    <name>PartyLedger::ColumnMappingModel</name>
    <message>
        <source>(no title)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Column title</source>
        <translation>列标题</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第%1行</translation>
    </message>
</context>
<context>
    <name>PartyLedger::DashboardPage</name>
    <message>
        <source>Members by organization</source>
        <translation>各组织党员数</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Full and probationary</source>
        <translation>正式与预备党员</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>New members per year, %1-%2</source>
        <translation>%1—%2年发展党员</translation>
    </message>
    <message>
        <source>Honors by level, %1-%2</source>
        <translation>%1—%2年表彰（按级别）</translation>
    </message>
    <message>
        <source>Activities by type and month, %1</source>
        <translation>%1年各月活动（按类型）</translation>
    </message>
    <message>
        <source>Duties short of the rule, %1: %2</source>
        <translation>%1年“三会一课”未达要求：%2 项</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>people</source>
        <comment>unit: 名</comment>
        <translation>名</translation>
    </message>
    <message>
        <source>Retired members</source>
        <translation>离退休党员</translation>
    </message>
    <message>
        <source>Activities in %1</source>
        <translation>%1年活动</translation>
    </message>
    <message>
        <source>times</source>
        <comment>unit: 次</comment>
        <translation>次</translation>
    </message>
    <message>
        <source>People served in %1</source>
        <translation>%1年服务群众</translation>
    </message>
    <message>
        <source>person-times</source>
        <comment>unit: 人次</comment>
        <translation>人次</translation>
    </message>
    <message>
        <source>Households helped in %1</source>
        <translation>%1年帮扶</translation>
    </message>
    <message>
        <source>households</source>
        <comment>unit: 户</comment>
        <translation>户</translation>
    </message>
    <message>
        <source>Aid funds in %1</source>
        <translation>%1年帮扶资金</translation>
    </message>
    <message>
        <source>yuan</source>
        <comment>unit: 元</comment>
        <translation>元</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>等另外 %1 项</translation>
    </message>
    <message>
        <source>%1, %2: %3 recipients</source>
        <translation>%1年%2：%3 人（个）</translation>
    </message>
    <message>
        <source>%1, %2: %3 activities</source>
        <translation>%1，%2：%3 次</translation>
    </message>
    <message>
        <source>%1: %2 members</source>
        <translation>%1：%2 名党员</translation>
    </message>
    <message>
        <source>%1: %2 members (%3%)</source>
        <translation>%1：%2 名党员（%3%）</translation>
    </message>
    <message>
        <source>%1: %2 new members</source>
        <translation>%1年：发展党员 %2 名</translation>
    </message>
    <message>
        <source>%1: Party work dashboard, %2</source>
        <translation>%1党建工作看板（%2）</translation>
    </message>
    <message>
        <source>Save as image...</source>
        <translation>保存为图片...</translation>
    </message>
    <message>
        <source>Export dashboard as PDF...</source>
        <translation>导出看板PDF...</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Export PDF...</source>
        <translation>导出PDF...</translation>
    </message>
    <message>
        <source>The whole dashboard on one landscape page, for a meeting</source>
        <translation>整个看板排在一张横向页面上，供会议使用</translation>
    </message>
    <message>
        <source>Directly in %1</source>
        <translation>直属%1</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员数</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>全部组织</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Not entered</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>正式党员</translation>
    </message>
    <message>
        <source>Probationary</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>发展党员</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>应开展</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Held/required</source>
        <translation>实开/应开</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入%1。</translation>
    </message>
    <message>
        <source>Save chart as image</source>
        <translation>将图表保存为图片</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存%1</translation>
    </message>
    <message>
        <source>Export dashboard as PDF</source>
        <translation>导出看板PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n other organizations</source>
        <translation>
            <numerusform>其余%n个组织</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartyLedger::DateField</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>年-月-日</translation>
    </message>
</context>
<context>
    <name>PartyLedger::DissolveDialog</name>
    <message>
        <source>Merge %1</source>
        <translation>合并%1</translation>
    </message>
    <message>
        <source>Dissolve %1</source>
        <translation>撤销%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 joins the branch chosen below: its %n member(s) on the roll and its Party groups move there, and %1 is kept in the tree as dissolved.</source>
        <translation>
            <numerusform>%1并入下面选择的党支部：其 %n 名在册党员和党小组一并转入，%1作为已撤销组织保留在组织树中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and everything under it are kept in the tree as dissolved on the date below. Its %n member(s) on the roll move to the branch chosen below.</source>
        <translation>
            <numerusform>%1及其全部下级组织按下面的日期撤销，作为历史保留在组织树中。其 %n 名在册党员转入下面选择的党支部。</numerusform>
        </translation>
    </message>
    <message>
        <source>(no members to move)</source>
        <translation>（没有需要转移的党员）</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>并入(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Members move to:</source>
        <translation>党员转入(&amp;M)：</translation>
    </message>
    <message>
        <source>e.g. the approving document's number</source>
        <translation>如：批复文号</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Dissolve</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>The date is missing or is not a date: type it as 2021-07-01.</source>
        <translation>日期未填写或格式不对：请按 2021-07-01 的格式填写。</translation>
    </message>
    <message>
        <source>There is no branch to receive the members: add one first.</source>
        <translation>没有可接收党员的党支部：请先新建一个。</translation>
    </message>
</context>
<context>
    <name>PartyLedger::HonorsPage</name>
    <message>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>New award</source>
        <translation>新建表彰</translation>
    </message>
    <message>
        <source>Delete award</source>
        <translation>删除表彰</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>授予单位</translation>
    </message>
    <message>
        <source>Add a member: name or pinyin</source>
        <translation>添加党员：输入姓名或拼音</translation>
    </message>
    <message>
        <source>Add selected organization</source>
        <translation>添加所选党组织</translation>
    </message>
    <message>
        <source>Add someone else...</source>
        <translation>添加其他人员...</translation>
    </message>
    <message>
        <source>Add someone else</source>
        <translation>添加其他人员</translation>
    </message>
    <message>
        <source>Name (not in this ledger):</source>
        <translation>姓名（不在本台账中）：</translation>
    </message>
    <message>
        <source>Add category...</source>
        <translation>添加类别...</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>One column</source>
        <translation>单栏</translation>
    </message>
    <message>
        <source>Two columns</source>
        <translation>双栏</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>落款</translation>
    </message>
    <message>
        <source>The granting body and the date under the list</source>
        <translation>名单下方印出授予单位和日期</translation>
    </message>
    <message>
        <source>Preview...</source>
        <translation>打印预览...</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>打印...</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>导出 PDF...</translation>
    </message>
    <message>
        <source>Save as ODT...</source>
        <translation>导出 ODT...</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>An award needs a title.</source>
        <translation>表彰必须有标题。</translation>
    </message>
    <message>
        <source>Outstanding Party members</source>
        <translation>优秀共产党员</translation>
    </message>
    <message>
        <source>Outstanding Party workers</source>
        <translation>优秀党务工作者</translation>
    </message>
    <message>
        <source>Advanced grass-roots Party organizations</source>
        <translation>先进基层党组织</translation>
    </message>
    <message>
        <source>Delete the award "%1" and its honor list? You can undo this with Ctrl+Z.</source>
        <translation>删除表彰“%1”及其名单？可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <source>Category name:</source>
        <translation>类别名称：</translation>
    </message>
    <message>
        <source>People (counted 名)</source>
        <translation>个人（以“名”计）</translation>
    </message>
    <message>
        <source>Organizations (counted 个)</source>
        <translation>组织（以“个”计）</translation>
    </message>
    <message>
        <source>Who is honored:</source>
        <translation>表彰对象：</translation>
    </message>
    <message>
        <source>This award has no category for people yet; add one first.</source>
        <translation>此表彰还没有个人类别，请先添加一个。</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>已添加 %1</translation>
    </message>
    <message>
        <source>Select an organization in the tree on the left first.</source>
        <translation>请先在左侧组织树中选择一个党组织。</translation>
    </message>
    <message>
        <source>This award has no category for organizations yet; add one first.</source>
        <translation>此表彰还没有组织类别，请先添加一个。</translation>
    </message>
    <message>
        <source>Remove category</source>
        <translation>删除类别</translation>
    </message>
    <message numerus="yes">
        <source>Remove the category "%1" with its %n recipient(s)?</source>
        <translation>
            <numerusform>删除类别“%1”及其中的 %n 个受表彰对象？</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the list before printing</source>
        <translation>打印前请检查名单</translation>
    </message>
    <message>
        <source>The list has things to fix:

%1

Print it anyway?</source>
        <translation>名单中有以下问题：

%1

仍然打印吗？</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>Saving %1...</source>
        <translation>正在保存 %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save as ODT</source>
        <translation>导出 ODT</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>Honors</source>
        <translation>表彰</translation>
    </message>
    <message>
        <source>Put the list in this order</source>
        <translation>按此顺序排列名单</translation>
    </message>
    <message>
        <source>Reorders the recipients themselves, not only the printout; Ctrl+Z undoes it</source>
        <translation>重新排列名单本身（不只是打印顺序），可用 Ctrl+Z 撤销</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more; a larger paper, landscape or a smaller font may help.</source>
        <translation>
            <numerusform>……另有 %n 处；换用更大的纸张、横向或更小的字号可能会好些。</numerusform>
        </translation>
    </message>
    <message>
        <source>No date</source>
        <translation>未填日期</translation>
    </message>
    <message>
        <source>Heading: Honor Roll</source>
        <translation>标题：光荣榜</translation>
    </message>
    <message>
        <source>Subheading: the award's title</source>
        <translation>副标题：表彰名称</translation>
    </message>
    <message>
        <source>Export to Excel...</source>
        <translation>导出到 Excel...</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
</context>
<context>
    <name>PartyLedger::ImportDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Check the sheet before importing it.</source>
        <translation>请先检查表格再导入。</translation>
    </message>
    <message>
        <source>Import Members</source>
        <translation>导入党员</translation>
    </message>
    <message>
        <source>Import Organizations</source>
        <translation>导入党组织</translation>
    </message>
    <message>
        <source>Import Activities</source>
        <translation>导入活动</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the Excel workbook (.xlsx) or CSV file that holds the member roster (花名册). Members already in the ledger, found by their ID number, are updated; the others are added.</source>
        <translation>请选择党员花名册所在的 Excel 工作簿（.xlsx）或 CSV 文件。按身份证号已在台账中的党员将被更新，其余的新增。</translation>
    </message>
    <message>
        <source>Choose the Excel workbook (.xlsx) or CSV file that lists the Party organizations, each with its parent. Organizations already in the ledger are left as they are.</source>
        <translation>请选择列有党组织（及其上级组织）的 Excel 工作簿（.xlsx）或 CSV 文件。台账中已有的组织保持不变。</translation>
    </message>
    <message>
        <source>Choose the Excel workbook (.xlsx) or CSV file that lists the activities, one a row, with the organization that held them.</source>
        <translation>请选择列有活动记录的 Excel 工作簿（.xlsx）或 CSV 文件，每行一项活动，并注明开展活动的党组织。</translation>
    </message>
    <message>
        <source>The path of an .xlsx or .csv file</source>
        <translation>.xlsx 或 .csv 文件的路径</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Columns recognized by their titles: %1.</source>
        <translation>可按列标题识别的列：%1。</translation>
    </message>
    <message>
        <source>Nothing is written to the ledger until you press Import on the last page; Cancel leaves it as it was.</source>
        <translation>在最后一页按“导入”之前不会写入台账；按“取消”则台账保持原样。</translation>
    </message>
    <message>
        <source>The workbook has several sheets. Choose the one to import; the first with recognized column titles is chosen.</source>
        <translation>工作簿中有多个工作表，请选择要导入的一个；默认选中第一个能识别列标题的工作表。</translation>
    </message>
    <message>
        <source>Columns set to “%1” are left out. A field can feed from one column only: choosing it for a column takes it from the column that had it.</source>
        <translation>设为“%1”的列不导入。每个字段只能对应一列：为某列选择一个字段时，原先对应该字段的列将改为不导入。</translation>
    </message>
    <message>
        <source>&amp;Create them as new branches under:</source>
        <translation>新建为以下组织的下级支部(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Leave them as problems, to correct the names in the file</source>
        <translation>作为问题列出，到文件中更正名称(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add them to the list of activity types</source>
        <translation>添加到活动类型列表(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save Problems as CSV...</source>
        <translation>问题另存为 CSV(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Read the File Again</source>
        <translation>重新读取文件(&amp;R)</translation>
    </message>
    <message>
        <source>After correcting the file: read it and check every row again</source>
        <translation>更正文件后：重新读取并逐行检查</translation>
    </message>
    <message>
        <source>Ctrl+C copies the selected problems for Excel.</source>
        <translation>按 Ctrl+C 可复制选中的问题，粘贴到 Excel。</translation>
    </message>
    <message>
        <source>Edit &gt; Undo (Ctrl+Z) takes the whole import back in one step.</source>
        <translation>“编辑 &gt; 撤销”（Ctrl+Z）可一步撤回整个导入。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose the File to Import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt *.xls);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.csv *.txt *.xls);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>正在读取 %1...</translation>
    </message>
    <message>
        <source>%1 holds no sheet to import.</source>
        <translation>%1 中没有可导入的工作表。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Could not read the file</source>
        <translation>无法读取文件</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source> — no recognized column titles</source>
        <translation> — 未识别到列标题</translation>
    </message>
    <message>
        <source>No column titles found</source>
        <translation>未找到列标题</translation>
    </message>
    <message>
        <source>%1, sheet “%2”: %3</source>
        <translation>%1，工作表“%2”：%3</translation>
    </message>
    <message>
        <source>Checking the rows of “%1”...</source>
        <translation>正在检查“%1”的各行...</translation>
    </message>
    <message>
        <source>Could not check the sheet</source>
        <translation>无法检查表格</translation>
    </message>
    <message>
        <source>Branch named in the sheet</source>
        <translation>表中的支部名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Rows that use it</source>
        <translation>所在行</translation>
    </message>
    <message numerus="yes">
        <source>... %n in all</source>
        <translation>
            <numerusform>……共 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n branch name(s) in the sheet are not in the ledger. They may be misspelled (correct the file), or branches the ledger does not have yet.</source>
        <translation>
            <numerusform>表中有 %n 个支部名称不在台账中。可能是写错了（请更正文件），也可能是台账中尚未建立的支部。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity type(s) in the sheet are not in the ledger's list of types.</source>
        <translation>
            <numerusform>表中有 %n 个活动类型不在台账的活动类型列表中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s) read</source>
        <translation>
            <numerusform>读取 %n 行数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>新增 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>更新 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the ledger, unchanged</source>
        <translation>
            <numerusform>%n 条已在台账中，无变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>问题 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Also created: %1.</source>
        <translation>同时新建：%1。</translation>
    </message>
    <message>
        <source>%1 (row %2)</source>
        <translation>%1（第%2行）</translation>
    </message>
    <message>
        <source>Already in the ledger, to be updated: %1.</source>
        <translation>已在台账中、将更新：%1。</translation>
    </message>
    <message>
        <source>Nothing can be imported while there are problems. Correct them in the file and press “Read the File Again”, or go Back to change the columns. Nothing has been written.</source>
        <translation>存在问题时不能导入。请在文件中更正后按“重新读取文件”，或返回上一步修改列的对应关系。目前尚未写入任何内容。</translation>
    </message>
    <message>
        <source>There is nothing to import: every row is in the ledger already.</source>
        <translation>没有需要导入的内容：每一行都已在台账中。</translation>
    </message>
    <message>
        <source>No problems found. Nothing has been written yet: Import writes it all as one step, which Edit &gt; Undo takes back.</source>
        <translation>未发现问题。目前尚未写入：按“导入”将一次性写入，可用“编辑 &gt; 撤销”撤回。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Cancelled; the problems were not saved.</source>
        <translation>已取消，问题清单未保存。</translation>
    </message>
    <message>
        <source>Save the Problems</source>
        <translation>保存问题清单</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 问题清单</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not save the problems</source>
        <translation>无法保存问题清单</translation>
    </message>
    <message>
        <source>The problems were saved as %1.</source>
        <translation>问题清单已保存为 %1。</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>正在导入...</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>无法导入</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new member(s)</source>
        <translation>
            <numerusform>已导入 %n 名新党员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n member(s) updated</source>
        <translation>
            <numerusform>，更新 %n 名党员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new organization(s)</source>
        <translation>
            <numerusform>已导入 %n 个新党组织</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n activity record(s)</source>
        <translation>
            <numerusform>已导入 %n 条活动记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Column &amp;titles in row:</source>
        <translation>列标题所在行(&amp;T)：</translation>
    </message>
    <message>
        <source>Sheet “%1” of %2: the column titles are in row %3, the data begin in row %4.</source>
        <translation>%2 的工作表“%1”：列标题在第%3行，数据从第%4行开始。</translation>
    </message>
    <message>
        <source>%1 Check what each column holds; the first rows are shown to help.</source>
        <extracomment>%1 where the titles and data are (the sentence above)</extracomment>
        <translation>%1请核对每列的内容，右侧列出前几行供参考。</translation>
    </message>
    <message>
        <source>%1 Set the row that holds the column titles, then choose what each column holds.</source>
        <extracomment>%1 where the titles and data are taken to be (the sentence above)</extracomment>
        <translation>%1请设置列标题所在的行，再为每列选择导入为哪一项。</translation>
    </message>
</context>
<context>
    <name>PartyLedger::ImportEditor</name>
    <message numerus="yes">
        <source>Import %n member(s)</source>
        <translation>
            <numerusform>导入 %n 名党员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n organization(s)</source>
        <translation>
            <numerusform>导入 %n 个组织</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n activity record(s)</source>
        <translation>
            <numerusform>导入 %n 条活动记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartyLedger::ImportProblemModel</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>PartyLedger::MainWindow</name>
    <message>
        <source>PartyLedger ledgers (*.pldb)</source>
        <translation>党建台账文件 (*.pldb)</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>PartyLedger</source>
        <translation>党建台账</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Ledger...</source>
        <translation>新建台账(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy...</source>
        <translation>另存副本(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About PartyLedger</source>
        <translation>关于党建台账(&amp;A)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Search: name, pinyin, unit or post</source>
        <translation>搜索：姓名、拼音、单位或职务</translation>
    </message>
    <message>
        <source>%1 - PartyLedger</source>
        <translation>%1 - 党建台账</translation>
    </message>
    <message>
        <source>Upgraded the ledger; the old version is kept as %1</source>
        <translation>台账已升级，旧版本已另存为 %1</translation>
    </message>
    <message>
        <source>Could not open the ledger</source>
        <translation>无法打开台账</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>New Ledger</source>
        <translation>新建台账</translation>
    </message>
    <message>
        <source>Could not create the ledger</source>
        <translation>无法新建台账</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File &gt; Open.</source>
        <translation>%1 已存在。请换一个名称，或通过“文件 &gt; 打开”打开它。</translation>
    </message>
    <message>
        <source>Open Ledger</source>
        <translation>打开台账</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>%1 copy %2.pldb</source>
        <translation>%1 副本 %2.pldb</translation>
    </message>
    <message>
        <source>Could not save a copy</source>
        <translation>无法另存副本</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>已另存副本：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The language changes when PartyLedger is started again.</source>
        <translation>语言设置将在重新启动党建台账后生效。</translation>
    </message>
    <message>
        <source>About PartyLedger</source>
        <translation>关于党建台账</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PartyLedger %1&lt;/h3&gt;&lt;p&gt;The Party-work ledger of a health bureau: organizations, member rosters, honor lists and service statistics.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;党建台账 %1&lt;/h3&gt;&lt;p&gt;卫生健康系统党建工作台账：党组织、党员花名册、光荣榜和服务统计。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No ledger open</source>
        <translation>未打开台账</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n member(s)</source>
        <translation>
            <numerusform>%1 · %n 名党员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名党员</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create the demo ledger</source>
        <translation>无法创建演示台账</translation>
    </message>
    <message>
        <source>New ledger</source>
        <translation>新台账</translation>
    </message>
    <message numerus="yes">
        <source> · %n member(s) found</source>
        <translation>
            <numerusform> · 找到 %n 名党员</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>%1 (read-only) - PartyLedger</source>
        <translation>%1（只读）- 党建台账</translation>
    </message>
    <message>
        <source>Could not show the member</source>
        <translation>无法显示该党员</translation>
    </message>
    <message>
        <source>Honors</source>
        <translation>表彰</translation>
    </message>
    <message>
        <source>Could not show the organization</source>
        <translation>无法显示该党组织</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>党员(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;New Member...</source>
        <translation>新增党员(&amp;N)...</translation>
    </message>
    <message>
        <source>New Member</source>
        <translation>新增党员</translation>
    </message>
    <message>
        <source>&amp;Edit Member...</source>
        <translation>编辑党员(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Transfer...</source>
        <translation>组织关系转接(&amp;T)...</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>删除(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>组织(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Add Organization Under This...</source>
        <translation>新增下级组织(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Properties...</source>
        <translation>组织信息(&amp;P)...</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Merge Into Another Branch...</source>
        <translation>并入其他党支部(&amp;M)...</translation>
    </message>
    <message>
        <source>D&amp;issolve...</source>
        <translation>撤销组织(&amp;I)...</translation>
    </message>
    <message>
        <source>Could not undo or redo</source>
        <translation>无法撤消或重做</translation>
    </message>
    <message>
        <source>Could not read the ledger</source>
        <translation>无法读取台账</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>已新增%1</translation>
    </message>
    <message>
        <source>Could not edit the member</source>
        <translation>无法编辑党员</translation>
    </message>
    <message numerus="yes">
        <source>%1 and others, %n member(s) in all</source>
        <translation>
            <numerusform>%1等，共 %n 名党员</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not transfer</source>
        <translation>无法转接</translation>
    </message>
    <message>
        <source>Remove from the ledger?</source>
        <translation>从台账中删除？</translation>
    </message>
    <message>
        <source>Remove %1 from the ledger? This is for records entered by mistake. A member who transferred out, retired or died should keep a record: use Transfer or change the status instead.

Edit &gt; Undo brings them back.</source>
        <translation>确定从台账中删除%1吗？删除仅用于录入错误的记录。转出、离退休或去世的党员应保留记录：请改用“组织关系转接”或修改其状态。

“编辑 &gt; 撤消”可以恢复。</translation>
    </message>
    <message>
        <source>Could not remove</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>Could not add an organization</source>
        <translation>无法新增组织</translation>
    </message>
    <message>
        <source>A Party group holds members, not organizations. Select a branch or a committee to add an organization under it.</source>
        <translation>党小组下不能设组织。请选择党支部或党委，再在其下新增组织。</translation>
    </message>
    <message>
        <source>Could not add the organization</source>
        <translation>无法新增组织</translation>
    </message>
    <message>
        <source>Could not change the organization</source>
        <translation>无法修改组织</translation>
    </message>
    <message>
        <source>Could not move the organization</source>
        <translation>无法移动组织</translation>
    </message>
    <message>
        <source>Could not dissolve</source>
        <translation>无法撤销组织</translation>
    </message>
    <message>
        <source>%1 was dissolved on %2.</source>
        <translation>%1已于%2撤销。</translation>
    </message>
    <message>
        <source>Could not merge</source>
        <translation>无法合并</translation>
    </message>
    <message>
        <source>Only branches are merged; %1 is a %2.</source>
        <translation>只有党支部可以合并；%1是%2。</translation>
    </message>
    <message>
        <source>Members Off the Roll (&amp;History)</source>
        <translation>历史党员（转出、去世）(&amp;H)</translation>
    </message>
    <message>
        <source>Show members transferred out or deceased, kept as history</source>
        <translation>显示已转出或去世、作为历史保留的党员</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Members from Excel/CSV...</source>
        <translation>从 Excel/CSV 导入党员(&amp;M)...</translation>
    </message>
    <message>
        <source>&amp;Organizations from Excel/CSV...</source>
        <translation>从 Excel/CSV 导入党组织(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Activities from Excel/CSV...</source>
        <translation>从 Excel/CSV 导入活动(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Export Roster...</source>
        <translation>导出花名册(&amp;E)...</translation>
    </message>
    <message>
        <source>The members the roster shows, in its order, to an Excel workbook or CSV file</source>
        <translation>将花名册当前显示的党员按显示顺序导出为 Excel 工作簿或 CSV 文件</translation>
    </message>
    <message>
        <source>Export the Roster</source>
        <translation>导出花名册</translation>
    </message>
    <message>
        <source>%1 roster</source>
        <translation>%1花名册</translation>
    </message>
    <message>
        <source>Could not export the roster</source>
        <translation>无法导出花名册</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was saved.</source>
        <translation>导出已取消，未保存任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) to %1</source>
        <translation>
            <numerusform>已将 %n 名党员导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No ledger is open.</source>
        <translation>没有打开的台账。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>PartyLedger::MemberDetails</name>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Professional title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Party posts</source>
        <translation>党内职务</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n years)</source>
        <translation>
            <numerusform>%1（%n 岁）</numerusform>
        </translation>
    </message>
    <message>
        <source>No member selected</source>
        <translation>未选择党员</translation>
    </message>
    <message>
        <source>Select a member in the roster to see everything the ledger holds about them here.</source>
        <translation>在花名册中选择一名党员，这里会显示台账中记录的他的全部信息。</translation>
    </message>
    <message>
        <source>Administrative post</source>
        <translation>行政职务</translation>
    </message>
    <message>
        <source>Party standing</source>
        <translation>党籍状态</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Honors</source>
        <translation>表彰</translation>
    </message>
    <message>
        <source>%1 %2 (%3, %4)</source>
        <translation>%1年 %2（%3，%4）</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · %n member(s)</source>
        <translation>
            <numerusform>%1
%2 · 共 %n 名党员</numerusform>
        </translation>
    </message>
    <message>
        <source>(removed organization)</source>
        <translation>（已删除的组织）</translation>
    </message>
    <message>
        <source>outside the ledger</source>
        <translation>台账外</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>组织关系转接</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>PartyLedger::MemberDialog</name>
    <message>
        <source>Personal</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>Party membership</source>
        <translation>党籍信息</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <source>18 characters; fills in birth date and gender</source>
        <translation>18 位，自动填写出生日期和性别</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>性别(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <source>E&amp;thnicity</source>
        <translation>民族(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Education</source>
        <translation>学历(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>工作单位(&amp;U)</translation>
    </message>
    <message>
        <source>Administrative p&amp;ost</source>
        <translation>行政职务(&amp;O)</translation>
    </message>
    <message>
        <source>Professional tit&amp;le</source>
        <translation>职称(&amp;L)</translation>
    </message>
    <message>
        <source>B&amp;ranch</source>
        <translation>所在党支部(&amp;R)</translation>
    </message>
    <message>
        <source>Party p&amp;osts</source>
        <translation>党内职务(&amp;S)</translation>
    </message>
    <message>
        <source>e.g. 书记、组织委员</source>
        <translation>如：书记、组织委员</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>人员类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;A)</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>递交入党申请书日期</translation>
    </message>
    <message>
        <source>Activist date</source>
        <translation>确定为入党积极分子日期</translation>
    </message>
    <message>
        <source>Candidate date</source>
        <translation>确定为发展对象日期</translation>
    </message>
    <message>
        <source>&amp;Join date</source>
        <translation>入党日期(&amp;J)</translation>
    </message>
    <message>
        <source>Con&amp;firmation date</source>
        <translation>转正日期(&amp;F)</translation>
    </message>
    <message>
        <source>New Member</source>
        <translation>新增党员</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>另任：%1</translation>
    </message>
    <message>
        <source>%1 is not a date: type it as 2021-07-01 or 2021年7月1日.</source>
        <translation>%1不是有效日期：请按 2021-07-01 或 2021年7月1日 的格式填写。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) must be corrected before saving.</source>
        <translation>
            <numerusform>有 %n 项需要改正后才能保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the member</source>
        <translation>无法保存党员信息</translation>
    </message>
    <message>
        <source>This ID number is already in the ledger: %1 of %2. One person is entered once; edit that record instead.</source>
        <translation>该身份证号已在台账中：%2的%1。同一人只录入一次，请改为编辑该记录。</translation>
    </message>
    <message>
        <source>The same person?</source>
        <translation>是同一人吗？</translation>
    </message>
    <message>
        <source>%1, born %2, is already in the ledger (%3). Save this record as another person?</source>
        <translation>台账中已有%1，出生日期%2（%3）。仍作为另一人保存吗？</translation>
    </message>
</context>
<context>
    <name>PartyLedger::MemberEditor</name>
    <message>
        <source>Add %1</source>
        <translation>添加党员 %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>修改 %1 的信息</translation>
    </message>
    <message>
        <source>A transfer needs its date.</source>
        <translation>组织关系转接必须填写日期。</translation>
    </message>
    <message>
        <source>Say where the members are transferred to.</source>
        <translation>请填写转往的党组织。</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>转接 %1 的组织关系</translation>
    </message>
    <message numerus="yes">
        <source>Transfer %n member(s)</source>
        <translation>
            <numerusform>转接 %n 名党员的组织关系</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除%1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s)</source>
        <translation>
            <numerusform>删除 %n 名党员</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartyLedger::OrgDialog</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>组织类别(&amp;K)：</translation>
    </message>
    <message>
        <source>e.g. 中共晋江市医院第二支部委员会</source>
        <translation>如：中共晋江市医院第二支部委员会</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>全称(&amp;F)：</translation>
    </message>
    <message>
        <source>e.g. 市医院第二党支部</source>
        <translation>如：市医院第二党支部</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>简称(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>所属单位(&amp;U)：</translation>
    </message>
    <message>
        <source>F&amp;ounded:</source>
        <translation>成立日期(&amp;O)：</translation>
    </message>
    <message>
        <source>A branch of retired members</source>
        <translation>离退休党支部</translation>
    </message>
    <message>
        <source>In a non-public institution</source>
        <translation>非公有制单位</translation>
    </message>
    <message>
        <source>New Organization</source>
        <translation>新增组织</translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <translation>%1的组织信息</translation>
    </message>
    <message>
        <source>No organization can be placed here.</source>
        <translation>这里不能设立组织。</translation>
    </message>
    <message>
        <source>The full name is missing.</source>
        <translation>请填写全称。</translation>
    </message>
    <message>
        <source>The founding date is not a date: type it as 2021-07-01.</source>
        <translation>成立日期格式不对：请按 2021-07-01 的格式填写。</translation>
    </message>
</context>
<context>
    <name>PartyLedger::OrgEditor</name>
    <message>
        <source>Add %1</source>
        <translation>新增%1</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>重命名%1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动%1</translation>
    </message>
    <message>
        <source>Dissolve %1</source>
        <translation>撤销%1</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>将%1并入%2</translation>
    </message>
</context>
<context>
    <name>PartyLedger::OrgTreeModel</name>
    <message>
        <source>%1 (dissolved)</source>
        <translation>%1（已撤销）</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · %n member(s) in total</source>
        <translation>
            <numerusform>%1
%2 · 共 %n 名党员</numerusform>
        </translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员数</translation>
    </message>
</context>
<context>
    <name>PartyLedger::PeriodSelector</name>
    <message>
        <source> (year)</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
</context>
<context>
    <name>PartyLedger::RemindersPage</name>
    <message>
        <source>Look ahead:</source>
        <translation>提前提醒：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在党支部</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>预备期满</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Full members</source>
        <translation>正式党员数</translation>
    </message>
    <message>
        <source>What is missing or wrong</source>
        <translation>缺失或有误的信息</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>已超期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Due for confirmation&lt;/b&gt; (probationary members whose year ends within the days set, overdue first): %n</source>
        <translation>
            <numerusform>&lt;b&gt;预备党员转正提醒&lt;/b&gt;（预备期在设定天数内届满，超期的排在前面）：%n 名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Branches with fewer than %1 full members&lt;/b&gt;: %n</source>
        <translation>
            <numerusform>&lt;b&gt;正式党员不足 %1 名的党支部&lt;/b&gt;：%n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Records to complete or correct&lt;/b&gt;: %n</source>
        <translation>
            <numerusform>&lt;b&gt;需补充或改正的党员信息&lt;/b&gt;：%n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartyLedger::RosterModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Party posts</source>
        <translation>党内职务</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>党员类别</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Administrative post</source>
        <translation>行政职务</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>党籍状态</translation>
    </message>
</context>
<context>
    <name>PartyLedger::StatisticsPage</name>
    <message>
        <source>Activities by type</source>
        <translation>各类活动次数</translation>
    </message>
    <message>
        <source>Service and participation</source>
        <translation>服务与参与</translation>
    </message>
    <message>
        <source>三会一课 shortfalls</source>
        <translation>“三会一课”未达要求</translation>
    </message>
    <message>
        <source>Annual summary</source>
        <translation>年度小结</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save as Text...</source>
        <translation>另存为文本...</translation>
    </message>
    <message>
        <source>Copied the summary</source>
        <translation>已复制小结</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Times held</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动总数</translation>
    </message>
    <message>
        <source>People served (person-times)</source>
        <translation>服务群众（人次）</translation>
    </message>
    <message>
        <source>Problems solved</source>
        <translation>解决问题（件）</translation>
    </message>
    <message>
        <source>Households helped</source>
        <translation>帮扶户数（户）</translation>
    </message>
    <message>
        <source>Funds (yuan)</source>
        <translation>帮扶资金（元）</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <source>Members who took part</source>
        <translation>参加活动党员（名）</translation>
    </message>
    <message>
        <source>Members on the roll</source>
        <translation>在册党员（名）</translation>
    </message>
    <message>
        <source>Participation rate</source>
        <translation>参与率</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>应开展</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>实开</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>应开</translation>
    </message>
    <message numerus="yes">
        <source>三会一课 shortfalls: %n</source>
        <translation>
            <numerusform>“三会一课”未达要求：%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a whole year for the annual summary.</source>
        <translation>选择全年即可生成年度小结。</translation>
    </message>
    <message>
        <source>Save the Summary</source>
        <translation>保存小结</translation>
    </message>
    <message>
        <source>%1 %2 summary.txt</source>
        <translation>%1%2年度小结.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存%1：%2</translation>
    </message>
    <message>
        <source>Saved the summary as %1</source>
        <translation>小结已保存为%1</translation>
    </message>
    <message>
        <source>Export to Excel...</source>
        <translation>导出到 Excel...</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>%1 statistics %2</source>
        <translation>%1统计 %2</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>PartyLedger::TransferDialog</name>
    <message>
        <source>Transfer Party Relationship</source>
        <translation>组织关系转接</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>党员：</translation>
    </message>
    <message>
        <source>Outside this ledger...</source>
        <translation>转出本台账...</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>转入(&amp;T)：</translation>
    </message>
    <message>
        <source>The receiving Party organization</source>
        <translation>接收的党组织</translation>
    </message>
    <message>
        <source>&amp;Receiving organization:</source>
        <translation>接收组织(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. the introduction letter's number</source>
        <translation>如：介绍信编号</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转接</translation>
    </message>
    <message>
        <source>The date of the transfer is missing or is not a date: type it as 2021-07-01.</source>
        <translation>转接日期未填写或格式不对：请按 2021-07-01 的格式填写。</translation>
    </message>
    <message>
        <source>Name the organization outside the ledger that receives them.</source>
        <translation>请填写接收的台账外党组织名称。</translation>
    </message>
    <message>
        <source>Type or choose the receiving branch</source>
        <translation>输入或选择接收的党支部</translation>
    </message>
    <message>
        <source>Choose the branch that receives them, or "Outside this ledger...".</source>
        <translation>请选择接收的党支部，或选择“转出本台账...”。</translation>
    </message>
</context>
<context>
    <name>PdfTextLayer</name>
    <message>
        <source>The PDF's copyable text was left as Qt wrote it: the file is not laid out as expected.</source>
        <translation>PDF 中可复制的文字保持 Qt 写出的原样：文件结构与预期不符。</translation>
    </message>
    <message>
        <source>The copyable text of the font %1 was left as Qt wrote it: the font is not one the document was laid out with.</source>
        <translation>字体 %1 的可复制文字保持 Qt 写出的原样：排版时并未使用该字体。</translation>
    </message>
    <message>
        <source>%1 of the glyphs of the font %2 could not be matched with the characters drawn; copying them from the PDF may give other characters.</source>
        <translation>字体 %2 中有 %1 个字形无法与所排的文字对应；从 PDF 中复制这些字时可能得到别的字符。</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>year %1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>Q%2 %1</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>%2/%1</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>The ID number is missing.</source>
        <translation>缺少身份证号。</translation>
    </message>
</context>
<context>
    <name>SpreadsheetFile</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>SqliteBackup</name>
    <message>
        <source>The ledger is not open.</source>
        <translation>台账尚未打开。</translation>
    </message>
    <message>
        <source>Could not write %1: the disk is full.</source>
        <translation>无法写入 %1：磁盘已满。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not write %1 to disk.</source>
        <translation>无法将 %1 写入磁盘。</translation>
    </message>
    <message>
        <source>Could not put the copy in place as %1.</source>
        <translation>无法将副本保存为 %1。</translation>
    </message>
</context>
<context>
    <name>SqliteDialect</name>
    <message>
        <source>The ledger could not switch to safe write mode (WAL); it may be on a network drive, which is not supported.</source>
        <translation>无法以安全方式写入台账：文件所在的位置不支持。台账需要放在本机磁盘上。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened safely (%2). Open a backup instead.</source>
        <translation>%1 已损坏，无法安全打开（%2）。请改为打开备份。</translation>
    </message>
    <message>
        <source>the ledger is busy: another program or window is writing to it. Try again in a moment.</source>
        <translation>台账正忙：另一个程序或窗口正在写入。请稍后重试。</translation>
    </message>
    <message>
        <source>the ledger file is read-only, so nothing can be saved.</source>
        <translation>台账文件是只读的，无法保存任何修改。</translation>
    </message>
    <message>
        <source>the disk reported an error while reading or writing the ledger.</source>
        <translation>读写台账时磁盘出错。</translation>
    </message>
    <message>
        <source>the ledger file is damaged.</source>
        <translation>台账文件已损坏。</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again.</source>
        <translation>磁盘已满，请释放空间后重试。</translation>
    </message>
    <message>
        <source>the ledger file cannot be opened.</source>
        <translation>无法打开台账文件。</translation>
    </message>
    <message>
        <source>the same value is already recorded for another record.</source>
        <translation>相同的内容已登记在另一条记录中。</translation>
    </message>
    <message>
        <source>a value is outside what the ledger allows.</source>
        <translation>有一项内容超出了台账允许的范围。</translation>
    </message>
    <message>
        <source>a required value is missing.</source>
        <translation>缺少必填内容。</translation>
    </message>
    <message>
        <source>the data breaks a rule of the ledger.</source>
        <translation>数据不符合台账的规则。</translation>
    </message>
    <message>
        <source>unknown database error.</source>
        <translation>未知的数据库错误。</translation>
    </message>
    <message>
        <source>This SQLite library cannot keep the links between records (foreign keys); PartyLedger will not work on a ledger without them.</source>
        <translation>当前的 SQLite 库无法维护记录之间的关联（外键），党建台账不能在这种情况下工作。</translation>
    </message>
    <message>
        <source>it would leave a link between records broken: something it refers to is not in the ledger, or something else still refers to it.</source>
        <translation>这会破坏记录之间的关联：它引用的记录不在台账中，或者还有其他记录引用着它。</translation>
    </message>
    <message>
        <source>the database engine reported: %1</source>
        <translation>数据库引擎报告：%1</translation>
    </message>
</context>
<context>
    <name>SyntheticLedger</name>
    <message>
        <source>A synthetic ledger needs at least one member.</source>
        <translation>模拟台账至少需要一名党员。</translation>
    </message>
    <message>
        <source>The reference date of a synthetic ledger must lie between 2021 and today.</source>
        <translation>模拟台账的基准日期必须在 2021 年至今天之间。</translation>
    </message>
    <message>
        <source>The activity type %1 is missing from the new ledger.</source>
        <translation>新台账中缺少活动类型“%1”。</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saving %1...</source>
        <translation>正在保存 %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>UnitNames</name>
    <message>
        <source>“%1” is not a unit of the ledger.</source>
        <translation>“%1”不是台账中的单位。</translation>
    </message>
    <message>
        <source>“%1” is the short name of %2 units; write the full name of the one you mean.</source>
        <translation>有 %2 个单位简称为“%1”；请填写所指单位的全称。</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>导出已取消，未写入 %1。</translation>
    </message>
    <message>
        <source>Could not save %1. The disk may be full or the folder may not allow writing (%2).</source>
        <translation>无法保存 %1。磁盘可能已满，或该文件夹不允许写入（%2）。</translation>
    </message>
    <message>
        <source>Sheet%1</source>
        <translation>Sheet%1</translation>
    </message>
    <message>
        <source>Could not save %1: the folder %2 does not exist.</source>
        <translation>无法保存 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Could not save %1: the sheet %2 has %3 rows and %4 columns; an Excel sheet holds at most %5 rows below the header and %6 columns.</source>
        <translation>无法保存 %1：工作表 %2 有 %3 行、%4 列，而 Excel 工作表除表头外最多只能容纳 %5 行、%6 列。</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation>无法保存 %1：%2。</translation>
    </message>
    <message>
        <source>Could not save %1: the cell in row %2 under "%3" on sheet %4 holds more than the %5 characters an Excel cell can.</source>
        <translation>无法保存 %1：工作表 %4 第 %2 行“%3”列的单元格超过了 Excel 单元格最多容纳的 %5 个字符。</translation>
    </message>
    <message>
        <source>zip error %1</source>
        <translation>压缩错误 %1</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is damaged: it is not a complete Excel workbook, perhaps it was cut off while copying. Open it in Excel or WPS and save it again, or use a backup.</source>
        <translation>%1 已损坏：它不是完整的 Excel 工作簿，可能在复制时被截断。请用 Excel 或 WPS 打开后重新保存，或改用备份。</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet “%2” cannot be read (line %3: %4). Open it in Excel or WPS and save it again.</source>
        <translation>%1 已损坏：无法读取工作表“%2”（第 %3 行：%4）。请用 Excel 或 WPS 打开后重新保存。</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be read (line %3: %4). Open it in Excel or WPS and save it again.</source>
        <translation>%1 已损坏：无法读取其中的部件 %2（第 %3 行：%4）。请用 Excel 或 WPS 打开后重新保存。</translation>
    </message>
    <message>
        <source>%1 was not read: it unpacks to more than %2 MB, far more than any real workbook. It may be a file made to exhaust the computer's memory (a "zip bomb").</source>
        <translation>未读取 %1：它解压后超过 %2 MB，远超任何真实的工作簿，可能是故意耗尽电脑内存的文件（“压缩炸弹”）。</translation>
    </message>
    <message>
        <source>%1 was not read: its part %2 unpacks to more than %3 times its packed size, which no spreadsheet program writes. It may be a file made to exhaust the computer's memory (a "zip bomb").</source>
        <translation>未读取 %1：其中的部件 %2 解压后超过压缩大小的 %3 倍，电子表格软件不会这样保存，可能是故意耗尽电脑内存的文件（“压缩炸弹”）。</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet “%2” names a cell %3 that cannot exist.</source>
        <translation>%1 已损坏：工作表“%2”中出现了不可能存在的单元格 %3。</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet “%2” has more than %3 columns.</source>
        <translation>%1 已损坏：工作表“%2”超过 %3 列。</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet “%2” refers to text that the workbook does not hold.</source>
        <translation>%1 已损坏：工作表“%2”引用了工作簿中不存在的文字。</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet “%2” has a row numbered %3 out of order.</source>
        <translation>%1 已损坏：工作表“%2”中第 %3 行的行号顺序错乱。</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>已取消读取 %1。</translation>
    </message>
    <message>
        <source>%1 is protected with a password. Open it in Excel or WPS, remove the password, save it and import it again.</source>
        <translation>%1 设置了密码保护。请用 Excel 或 WPS 打开，取消密码后保存，再重新导入。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: it is a zip archive without a workbook inside.</source>
        <translation>%1 不是 Excel 工作簿：它是压缩包，里面没有工作簿。</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet “%2” is missing from it. Open it in Excel or WPS and save it again.</source>
        <translation>%1 已损坏：缺少工作表“%2”。请用 Excel 或 WPS 打开后重新保存。</translation>
    </message>
    <message>
        <source>%1 holds no worksheet.</source>
        <translation>%1 中没有工作表。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 workbook (.xls), which PartyLedger cannot read. Open it in Excel or WPS, save it as an Excel workbook (.xlsx) and import that file.</source>
        <translation>%1 是旧版 Excel 97-2003 工作簿（.xls），本软件无法读取。请用 Excel 或 WPS 打开，另存为 Excel 工作簿（.xlsx）后导入该文件。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx).</source>
        <translation>%1 不是 Excel 工作簿（.xlsx）。</translation>
    </message>
</context>
<context>
    <name>XmlScanner</name>
    <message>
        <source>the part ends inside &lt;%1&gt;</source>
        <translation>该部分在 &lt;%1&gt; 内意外结束</translation>
    </message>
    <message>
        <source>the part holds no element</source>
        <translation>该部分没有任何元素</translation>
    </message>
    <message>
        <source>text outside the root element</source>
        <translation>根元素之外有文字</translation>
    </message>
    <message>
        <source>a tag is not closed</source>
        <translation>有标记未闭合</translation>
    </message>
    <message>
        <source>a document type declaration, which workbooks never hold</source>
        <translation>含有文档类型声明（工作簿中不会有）</translation>
    </message>
    <message>
        <source>a tag without a name</source>
        <translation>有标记缺少名称</translation>
    </message>
    <message>
        <source>a second root element</source>
        <translation>出现第二个根元素</translation>
    </message>
    <message>
        <source>an attribute without a value</source>
        <translation>有属性缺少取值</translation>
    </message>
    <message>
        <source>&lt;/%1&gt; where &lt;%2&gt; should end</source>
        <translation>应结束 &lt;%2&gt; 处出现了 &lt;/%1&gt;</translation>
    </message>
    <message>
        <source>an unknown entity</source>
        <translation>有无法识别的实体</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>zh_CN or en, for this run only.</source>
        <translation>zh_CN 或 en，仅对本次运行有效。</translation>
    </message>
    <message>
        <source>The ledger to open.</source>
        <translation>要打开的台账文件。</translation>
    </message>
    <message>
        <source>Demo ledger</source>
        <extracomment>The file name of the demo ledger a first start writes, without its .pldb ending.</extracomment>
        <translation>演示台账</translation>
    </message>
</context>
</TS>