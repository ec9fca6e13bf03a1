<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AffectedView</name>
    <message>
        <source>People: {people} · groups: {groups} · rooms: {rooms} · channels: {channels}</source>
        <translation>人员：{people} · 团组：{groups} · 会场：{rooms} · 线上频道：{channels}</translation>
    </message>
    <message>
        <source>Nobody needs to be told anything.</source>
        <translation>无需通知任何人。</translation>
    </message>
    <message>
        <source>People ({count})</source>
        <translation>人员（{count}）</translation>
    </message>
    <message>
        <source>Groups ({count})</source>
        <translation>团组（{count}）</translation>
    </message>
    <message>
        <source>Rooms ({count})</source>
        <translation>会场（{count}）</translation>
    </message>
    <message>
        <source>Channels ({count})</source>
        <translation>线上频道（{count}）</translation>
    </message>
    <message>
        <source>new, {when}</source>
        <translation>新增，{when}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>removed from the programme</source>
        <translation>已从议程中移除</translation>
    </message>
</context>
<context>
    <name>AgendaFeature</name>
    <message>
        <source>Agendas</source>
        <translation>个人日程</translation>
    </message>
    <message>
        <source>Agenda of a person in the selected session</source>
        <translation>所选场次中某位人员的日程</translation>
    </message>
    <message>
        <source>(select a session with people first)</source>
        <translation>（请先选择一个有人员的场次）</translation>
    </message>
    <message>
        <source>Open a project to see agendas.</source>
        <translation>请打开项目以查看个人日程。</translation>
    </message>
    <message>
        <source>Sessions online: {count} · outside the business hours ({opens}–{closes} in {zone}, shaded): {outside}</source>
        <translation>线上场次：{count} · 在工作时间（{zone} {opens}–{closes}，阴影部分）之外：{outside}</translation>
    </message>
    <message>
        <source>Sessions: {sessions} · journeys between cities: {legs}</source>
        <translation>场次：{sessions} · 城市间行程：{legs}</translation>
    </message>
    <message>
        <source> · without time enough: {short} (red)</source>
        <translation> · 时间不足：{short}（红色）</translation>
    </message>
    <message>
        <source> · not scheduled yet: {count}</source>
        <translation> · 尚未安排：{count}</translation>
    </message>
    <message>
        <source>Save agenda as</source>
        <translation>个人日程另存为</translation>
    </message>
    <message>
        <source>Web page (*.html);;Spreadsheet (*.csv)</source>
        <translation>网页 (*.html);;电子表格 (*.csv)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Saved the agenda as {path}</source>
        <translation>个人日程已保存为 {path}</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>团组</translation>
    </message>
    <message>
        <source>Online audience</source>
        <translation>线上观众</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Optional sessions too</source>
        <translation>包括可选场次</translation>
    </message>
    <message>
        <source>Save agenda as…</source>
        <translation>个人日程另存为…</translation>
    </message>
</context>
<context>
    <name>AgendaRows</name>
    <message>
        <source>by road</source>
        <translation>公路</translation>
    </message>
    <message>
        <source>by rail</source>
        <translation>铁路</translation>
    </message>
    <message>
        <source>by air</source>
        <translation>航空</translation>
    </message>
    <message>
        <source>on foot</source>
        <translation>步行</translation>
    </message>
    <message>
        <source>attends</source>
        <translation>参加</translation>
    </message>
    <message>
        <source>optional (interested)</source>
        <translation>可选（感兴趣）</translation>
    </message>
    <message>
        <source>Home time ({zone})</source>
        <translation>当地时间（{zone}）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Time ({zone})</source>
        <translation>时间（{zone}）</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Place / channel</source>
        <translation>会场 / 线上频道</translation>
    </message>
    <message>
        <source>Outside the event&apos;s days</source>
        <translation>不在会议日期内</translation>
    </message>
    <message>
        <source>{role} (remote)</source>
        <translation>{role}（远程）</translation>
    </message>
    <message>
        <source>{role} (online)</source>
        <translation>{role}（线上）</translation>
    </message>
    <message>
        <source>no place</source>
        <translation>无地点</translation>
    </message>
    <message>
        <source>{mark} Travel {start} → {end}, {minutes} min {mode}, leave {leave}, arrive {arrive}</source>
        <translation>{mark} 行程 {start} → {end}，{mode} {minutes} 分钟，{leave} 出发，{arrive} 到达</translation>
    </message>
    <message>
        <source>{mark} too short: {gap} min between the sessions, the journey takes {minutes} min</source>
        <translation>{mark} 时间不足：两场之间仅 {gap} 分钟，行程需要 {minutes} 分钟</translation>
    </message>
    <message>
        <source>(to or from an optional session)</source>
        <translation>（往返可选场次）</translation>
    </message>
    <message>
        <source>{clock} (+{days})</source>
        <translation>{clock}（+{days}）</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Event time ({zone})</source>
        <translation>会议时间（{zone}）</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>线上频道</translation>
    </message>
    <message>
        <source>{mark} outside {opens}–{closes}</source>
        <translation>{mark} 在 {opens}–{closes} 之外</translation>
    </message>
    <message>
        <source>within</source>
        <translation>在范围内</translation>
    </message>
</context>
<context>
    <name>AvailabilityEditor</name>
    <message>
        <source>Unavailable time of</source>
        <translation>不可用时间：</translation>
    </message>
    <message>
        <source>Drag over free time to mark it unavailable; drag from marked time to free it. Times are the event&apos;s.</source>
        <translation>在空闲时间上拖动可标记为不可用；从已标记时间开始拖动可取消标记。时间均为会议当地时间。</translation>
    </message>
    <message numerus="yes">
        <source>%n unavailable window(s)</source>
        <translation>
            <numerusform>%n 个不可用时段</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AvailabilityGrid</name>
    <message>
        <source>No event days</source>
        <translation>没有会议日期</translation>
    </message>
</context>
<context>
    <name>BlockTexts</name>
    <message>
        <source>{count} on site</source>
        <translation>现场 {count} 人</translation>
    </message>
    <message>
        <source>{count} online</source>
        <translation>线上 {count} 人</translation>
    </message>
    <message>
        <source>no place</source>
        <translation>无地点</translation>
    </message>
    <message>
        <source>+ {name}</source>
        <translation>+ {name}</translation>
    </message>
    <message>
        <source>in {name}</source>
        <translation>在{name}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>interpretation</source>
        <translation>同传</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>track {track}</source>
        <translation>专题 {track}</translation>
    </message>
    <message>
        <source> (cost {cost})</source>
        <translation>（代价 {cost}）</translation>
    </message>
</context>
<context>
    <name>Booklet</name>
    <message>
        <source>cannot draw on the printer or PDF file</source>
        <translation>无法在打印机或 PDF 文件上绘制</translation>
    </message>
</context>
<context>
    <name>CellValues</name>
    <message>
        <source>must be true or false, not {value}</source>
        <translation>必须为是或否，而不是 {value}</translation>
    </message>
    <message>
        <source>no {thing} with id {id}</source>
        <translation>没有编号为 {id} 的{thing}</translation>
    </message>
    <message>
        <source>must be a date and time with a time zone</source>
        <translation>必须是带时区的日期和时间</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>必须为整数，而不是 {value}</translation>
    </message>
    <message>
        <source>must be a number, not {value}</source>
        <translation>必须为数字，而不是 {value}</translation>
    </message>
    <message>
        <source>must name a {thing}</source>
        <translation>必须指定一个{thing}</translation>
    </message>
    <message>
        <source>there is no {thing} &apos;{name}&apos;</source>
        <translation>没有名为“{name}”的{thing}</translation>
    </message>
</context>
<context>
    <name>ChangeKinds</name>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>room</source>
        <translation>会场</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>线上频道</translation>
    </message>
    <message>
        <source>delivery mode</source>
        <translation>举办方式</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>Moved or changed ({count})</source>
        <translation>已移动或更改（{count}）</translation>
    </message>
    <message>
        <source>New ({count})</source>
        <translation>新增（{count}）</translation>
    </message>
    <message>
        <source>Cancelled ({count})</source>
        <translation>已取消（{count}）</translation>
    </message>
    <message>
        <source>Removed from the programme ({count})</source>
        <translation>已从议程中移除（{count}）</translation>
    </message>
    <message>
        <source>Other details changed ({count})</source>
        <translation>其他信息有更改（{count}）</translation>
    </message>
    <message>
        <source>Nothing has been published yet: every session below is new to the calendars.</source>
        <translation>尚未发布过：以下每个场次对日历而言都是新增的。</translation>
    </message>
    <message>
        <source>Nothing changed since version {last}.</source>
        <translation>自版本 {last} 以来没有变化。</translation>
    </message>
    <message>
        <source>Since version {last}: {changed} moved or changed, {added} new, {cancelled} cancelled, {removed} removed. Times in {zone}.</source>
        <translation>自版本 {last} 以来：{changed} 个移动或更改，{added} 个新增，{cancelled} 个取消，{removed} 个移除。时间为 {zone}。</translation>
    </message>
    <message>
        <source>now {when}, {where}</source>
        <translation>现为 {when}，{where}</translation>
    </message>
    <message>
        <source>was {when}, {where}</source>
        <translation>原为 {when}，{where}</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <source>Another value…</source>
        <translation>其他值…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Key</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Chinese title</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>举办方式</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>线下人数</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上人数</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Needs features</source>
        <translation>所需设施</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>同传</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Allowed days</source>
        <translation>允许日期</translation>
    </message>
    <message>
        <source>Audience time zones</source>
        <translation>观众时区</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pinned room</source>
        <translation>锁定会场</translation>
    </message>
    <message>
        <source>Pinned channel</source>
        <translation>锁定线上频道</translation>
    </message>
    <message>
        <source>Pinned start</source>
        <translation>锁定开始时间</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation>所在时区</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Chinese address</source>
        <translation>中文地址</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场馆</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位数</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Changeover</source>
        <translation>转场时间</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>观看人数上限</translation>
    </message>
    <message>
        <source>Join URL</source>
        <translation>参会链接</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>第一场</translation>
    </message>
    <message>
        <source>Second session</source>
        <translation>第二场</translation>
    </message>
    <message>
        <source>Gap (minutes)</source>
        <translation>间隔（分钟）</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare schedules</source>
        <translation>比较日程</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>交换</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>A：</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B：</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Difference (B − A)</source>
        <translation>差值（B − A）</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>The comparison failed: {message}</source>
        <translation>比较失败：{message}</translation>
    </message>
    <message>
        <source>B costs {difference:+,} against A; {moved} session(s) placed differently.</source>
        <translation>B 比 A 的代价 {difference:+,}；{moved} 个场次安排不同。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>已移动</translation>
    </message>
    <message>
        <source>newly placed</source>
        <translation>新安排</translation>
    </message>
    <message>
        <source>unplaced</source>
        <translation>未安排</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) placed differently</source>
        <translation>
            <numerusform>%n 个场次安排不同</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>{session} must be scheduled</source>
        <translation>{session}必须安排</translation>
    </message>
    <message>
        <source>{room} holds one session at a time</source>
        <translation>{room}同一时间只能举办一个场次</translation>
    </message>
    <message>
        <source>{channel} streams one session at a time</source>
        <translation>{channel}同一时间只能直播一个场次</translation>
    </message>
    <message>
        <source>{person} can be in one session at a time</source>
        <translation>{person}同一时间只能参加一个场次</translation>
    </message>
    <message>
        <source>{group} can be in one session at a time</source>
        <translation>{group}同一时间只能参加一个场次</translation>
    </message>
    <message>
        <source>{owner} needs time to travel between cities</source>
        <translation>{owner}往返城市之间需要交通时间</translation>
    </message>
    <message>
        <source>{first} ends at least {gap} min before {second} starts</source>
        <translation>{first}须在{second}开始前至少 {gap} 分钟结束</translation>
    </message>
    <message>
        <source>{first} and {second} start at the same time</source>
        <translation>{first}与{second}同时开始</translation>
    </message>
    <message>
        <source>{first} and {second} do not overlap</source>
        <translation>{first}与{second}时间不重叠</translation>
    </message>
    <message>
        <source>{first} and {second} are on the same day</source>
        <translation>{first}与{second}在同一天</translation>
    </message>
    <message>
        <source>{first} and {second} are on different days</source>
        <translation>{first}与{second}在不同日期</translation>
    </message>
    <message>
        <source>{resource}: at most {capacity} at once</source>
        <translation>{resource}：同一时间最多 {capacity} 个</translation>
    </message>
    <message>
        <source>{session} has started and stays where it is</source>
        <translation>{session}已经开始，保持原位</translation>
    </message>
    <message>
        <source>{session} cannot start in the past</source>
        <translation>{session}不能在过去的时间开始</translation>
    </message>
    <message>
        <source>{session} has started in its room</source>
        <translation>{session}已在其会场开始</translation>
    </message>
    <message>
        <source>{session} has started in its channel</source>
        <translation>{session}已在其线上频道开始</translation>
    </message>
    <message>
        <source>{session} must be within its allowed days and windows</source>
        <translation>{session}必须在允许的日期和时段内</translation>
    </message>
    <message>
        <source>{owner} is unavailable at times</source>
        <translation>{owner}有不可用的时段</translation>
    </message>
    <message>
        <source>{session} is pinned to its start time</source>
        <translation>{session}已锁定开始时间</translation>
    </message>
    <message>
        <source>{session} is pinned to its room</source>
        <translation>{session}已锁定会场</translation>
    </message>
    <message>
        <source>{session} is pinned to its channel</source>
        <translation>{session}已锁定线上频道</translation>
    </message>
    <message>
        <source>{session} needs a room with {needs}</source>
        <translation>{session}需要一个具备{needs}的会场</translation>
    </message>
    <message>
        <source>{session} needs a room with {needs} in its allowed places ({places})</source>
        <translation>{session}需要在允许的地点（{places}）找到具备{needs}的会场</translation>
    </message>
    <message>
        <source>{session} needs a channel for {viewers} viewers</source>
        <translation>{session}需要一个可容纳 {viewers} 名观众的线上频道</translation>
    </message>
    <message>
        <source>{session} needs a channel for {viewers} viewers among its allowed channels</source>
        <translation>{session}需要在允许的线上频道中找到可容纳 {viewers} 名观众的频道</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>代价</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <source>Hard rules only</source>
        <translation>仅硬性规则</translation>
    </message>
    <message>
        <source>{soft} soft findings (cost {cost})</source>
        <translation>{soft} 个软性问题（代价 {cost}）</translation>
    </message>
    <message>
        <source>{hard} hard</source>
        <translation>{hard} 个硬性问题</translation>
    </message>
    <message>
        <source>{scheduled} of {total} sessions scheduled</source>
        <translation>{total} 个场次中已安排 {scheduled} 个</translation>
    </message>
</context>
<context>
    <name>DayScene</name>
    <message>
        <source>{name} is unavailable {when}</source>
        <translation>{name} 在 {when} 不可用</translation>
    </message>
</context>
<context>
    <name>DayTabs</name>
    <message>
        <source>Day {number} · {date}</source>
        <translation>第 {number} 天 · {date}</translation>
    </message>
</context>
<context>
    <name>Destinations</name>
    <message>
        <source>Where</source>
        <translation>发送到</translation>
    </message>
    <message>
        <source>Export calendar feeds (.ics) to a folder</source>
        <translation>将日历源（.ics）导出到文件夹</translation>
    </message>
    <message>
        <source>a folder for the .ics files and index.json</source>
        <translation>存放 .ics 文件和 index.json 的文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Push to a CalDAV server</source>
        <translation>推送到 CalDAV 服务器</translation>
    </message>
    <message>
        <source>e.g. https://dav.example.org/slotwise/</source>
        <translation>例如 https://dav.example.org/slotwise/</translation>
    </message>
    <message>
        <source>Used for this push only, never stored.</source>
        <translation>仅用于本次推送，不会保存。</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Feeds to push (one calendar each):</source>
        <translation>要推送的日历源（每个一个日历）：</translation>
    </message>
    <message>
        <source>Folder for the calendar feeds</source>
        <translation>日历源文件夹</translation>
    </message>
    <message>
        <source>Choose a folder for the calendar feeds.</source>
        <translation>请选择存放日历源的文件夹。</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>Give the CalDAV server&apos;s URL (http:// or https://).</source>
        <translation>请填写 CalDAV 服务器地址（http:// 或 https://）。</translation>
    </message>
    <message>
        <source>Tick at least one feed to push.</source>
        <translation>请至少勾选一个要推送的日历源。</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Not scheduled</source>
        <translation>未安排</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预计人数</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source> · interpretation</source>
        <translation> · 同传</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>所需设施</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>yes: may be left out</source>
        <translation>是：可不安排</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source> (remote)</source>
        <translation>（远程）</translation>
    </message>
    <message>
        <source>Checking the findings…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Select a session in the timetable, the unscheduled list or the conflicts to see it here.</source>
        <translation>在日程表、未安排列表或冲突列表中选择一个场次，即可在此查看详情。</translation>
    </message>
</context>
<context>
    <name>DropMarker</name>
    <message>
        <source>checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation>（另有 {count} 项）</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>no change in soft cost</source>
        <translation>软性代价不变</translation>
    </message>
    <message>
        <source>soft cost {change:+,}</source>
        <translation>软性代价 {change:+,}</translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Filter {things}…</source>
        <translation>筛选{things}…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Set column for selection…</source>
        <translation>为所选行设置该列…</translation>
    </message>
    <message>
        <source>Give the current column the same value in every selected row (one undo step)</source>
        <translation>将当前列在所有选中行中设为同一值（一步撤销）</translation>
    </message>
    <message>
        <source>{count} {things}</source>
        <translation>{count} 个{things}</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>key: {key}</source>
        <translation>标识：{key}</translation>
    </message>
    <message>
        <source>{column} cannot be changed here</source>
        <translation>此处不能修改{column}</translation>
    </message>
    <message>
        <source>another {thing} has the key &apos;{key}&apos;</source>
        <translation>已有另一个{thing}使用标识“{key}”</translation>
    </message>
    <message>
        <source>another {thing} in this {owner} is already called &apos;{name}&apos;</source>
        <translation>该{owner}中已有另一个{thing}名为“{name}”</translation>
    </message>
    <message>
        <source>another {thing} is already called &apos;{name}&apos;</source>
        <translation>已有另一个{thing}名为“{name}”</translation>
    </message>
    <message>
        <source>the list is read-only</source>
        <translation>该列表为只读</translation>
    </message>
    <message>
        <source>Set {column} of {count} {things}</source>
        <translation>设置 {count} 个{things}的{column}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Set {column} of {row}: {chosen}</source>
        <translation>设置{row}的{column}：{chosen}</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>No schedule can satisfy all of these together:</source>
        <translation>没有任何日程能同时满足以下所有要求：</translation>
    </message>
    <message>
        <source>Relax one of them (or make a session optional) and solve again.</source>
        <translation>请放宽其中一项（或将某个场次设为可选），然后重新求解。</translation>
    </message>
    <message>
        <source>No schedule exists, and no small set of conflicting requirements was found.</source>
        <translation>不存在可行日程，也未找到一小组相互冲突的要求。</translation>
    </message>
</context>
<context>
    <name>FeedList</name>
    <message>
        <source>Cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>场馆</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>会场</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>线上频道</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>团组</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>日历源</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>日程项</translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation>完整议程</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>2021-05-28 09:00 (event time), empty for none</source>
        <translation>2021-05-28 09:00（会议当地时间），留空表示无</translation>
    </message>
    <message>
        <source>{column} of {rows}</source>
        <translation>{rows}的{column}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Slotwise projects (*.slotwise)</source>
        <translation>Slotwise 项目 (*.slotwise)</translation>
    </message>
    <message>
        <source>Event JSON or lists (*.json *.csv *.xlsx);;Event JSON (*.json);;CSV list (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>会议 JSON 或列表 (*.json *.csv *.xlsx);;会议 JSON (*.json);;CSV 列表 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Event JSON (*.json)</source>
        <translation>会议 JSON (*.json)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV lists, a folder of them (*.csv)</source>
        <translation>CSV 列表，存入一个文件夹 (*.csv)</translation>
    </message>
    <message>
        <source>The event needs a name</source>
        <translation>会议需要名称</translation>
    </message>
    <message>
        <source>The event needs a time zone</source>
        <translation>会议需要时区</translation>
    </message>
    <message>
        <source>{file}: export to .json, .csv or .xlsx</source>
        <translation>{file}：只能导出为 .json、.csv 或 .xlsx</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>{session} is not scheduled</source>
        <translation>{session}未安排</translation>
    </message>
    <message>
        <source>The schedule places {session}, which is not a session of the event (cancelled or deleted?)</source>
        <translation>日程中安排了{session}，但它不是本活动的场次（已取消或删除？）</translation>
    </message>
    <message>
        <source>The placement of {session} names another session, &apos;{other}&apos;</source>
        <translation>{session}的安排记录指向了另一个场次“{other}”</translation>
    </message>
    <message>
        <source>{session} is {mode} but {faults}</source>
        <translation>{session}为{mode}场次，但{faults}</translation>
    </message>
    <message>
        <source>{session} is in {room}, which is not in the event</source>
        <translation>{session}安排在{room}，但该会场不属于本活动</translation>
    </message>
    <message>
        <source>{session} ({expected} expected on site) is in {room} ({seats} seats)</source>
        <translation>{session}（预计现场 {expected} 人）安排在{room}（{seats} 个座位）</translation>
    </message>
    <message>
        <source>{session} needs {features}, which {room} does not have</source>
        <translation>{session}需要{features}，但{room}不具备</translation>
    </message>
    <message>
        <source>{session} may only be in {places}, not in {room}</source>
        <translation>{session}只能安排在{places}，不能安排在{room}</translation>
    </message>
    <message>
        <source>{person} (on site at {session}) may only be in {places}, not in {room}</source>
        <translation>{person}（现场参加{session}）只能在{places}，不能在{room}</translation>
    </message>
    <message>
        <source>{session} must not be in {target}, but is in {room}</source>
        <translation>{session}不得安排在{target}，但安排在了{room}</translation>
    </message>
    <message>
        <source>{person} (on site at {session}) must not be in {target}, but is in {room}</source>
        <translation>{person}（现场参加{session}）不得在{target}，但该场次安排在了{room}</translation>
    </message>
    <message>
        <source>{session} is on {channel}, which is not in the event</source>
        <translation>{session}安排在{channel}，但该线上频道不属于本活动</translation>
    </message>
    <message>
        <source>{session} ({expected} expected online) is on {channel} ({capacity} viewers)</source>
        <translation>{session}（预计线上 {expected} 人）安排在{channel}（容量 {capacity} 人）</translation>
    </message>
    <message>
        <source>{session} may only be on {channels}, not on {channel}</source>
        <translation>{session}只能安排在{channels}，不能安排在{channel}</translation>
    </message>
    <message>
        <source>{session} must not be on {channel}</source>
        <translation>{session}不得安排在{channel}</translation>
    </message>
    <message>
        <source>{session} starts at {start}, off the {grid}-minute grid</source>
        <translation>{session}开始于{start}，不在 {grid} 分钟的时间刻度上</translation>
    </message>
    <message>
        <source>{session} at {span} is outside the daily hours ({opens}–{closes})</source>
        <translation>{session}（{span}）超出了每日开放时间（{opens}–{closes}）</translation>
    </message>
    <message>
        <source>{session} at {span} is outside the daily hours (not on a day of the event)</source>
        <translation>{session}（{span}）超出了每日开放时间（不在活动日期内）</translation>
    </message>
    <message>
        <source>{session} is on {day}, but may only be on {days}</source>
        <translation>{session}安排在{day}，但只能安排在{days}</translation>
    </message>
    <message>
        <source>{session} is on {day}, but may be on no day of the event</source>
        <translation>{session}安排在{day}，但活动中没有允许它的日期</translation>
    </message>
    <message>
        <source>{session} at {span} is outside its allowed times ({windows})</source>
        <translation>{session}（{span}）超出了允许的时间（{windows}）</translation>
    </message>
    <message>
        <source>{session} at {span} overlaps its excluded time {window}</source>
        <translation>{session}（{span}）与其排除时间{window}重叠</translation>
    </message>
    <message>
        <source>{owner} is unavailable {window}, but {session} is at {span}</source>
        <translation>{owner}在{window}不可用，但{session}安排在{span}</translation>
    </message>
    <message>
        <source>{session} is pinned to {room} but is in {place}</source>
        <translation>{session}已锁定在{room}，但安排在了{place}</translation>
    </message>
    <message>
        <source>{session} is pinned to {channel} but is on {place}</source>
        <translation>{session}已锁定在{channel}，但安排在了{place}</translation>
    </message>
    <message>
        <source>{session} is pinned to start {pinned_start} but starts {start}</source>
        <translation>{session}已锁定开始时间为{pinned_start}，但开始于{start}</translation>
    </message>
    <message>
        <source>{session} had already started ({start}) but is left out</source>
        <translation>{session}已经开始（{start}），却被移出日程</translation>
    </message>
    <message>
        <source>{session} had already started ({start}, {place}) but is moved to {new_start}, {new_place}</source>
        <translation>{session}已经开始（{start}，{place}），却被移到{new_start}，{new_place}</translation>
    </message>
    <message>
        <source>{session} starts {start}, before now ({now})</source>
        <translation>{session}开始于{start}，早于当前时间（{now}）</translation>
    </message>
    <message>
        <source>{first} ({first_span}) and {second} ({second_span}) overlap in {room}</source>
        <translation>{first}（{first_span}）与{second}（{second_span}）在{room}时间重叠</translation>
    </message>
    <message>
        <source>{room} needs {changeover} minutes to change over between {first} (ends {first_end}) and {second} (starts {second_start}); there are {gap}</source>
        <translation>{room}在{first}（{first_end}结束）与{second}（{second_start}开始）之间需要 {changeover} 分钟转场，实际只有 {gap} 分钟</translation>
    </message>
    <message>
        <source>{first} ({first_span}) and {second} ({second_span}) overlap in {channel}</source>
        <translation>{first}（{first_span}）与{second}（{second_span}）在{channel}时间重叠</translation>
    </message>
    <message>
        <source>{channel} needs {changeover} minutes to change over between {first} (ends {first_end}) and {second} (starts {second_start}); there are {gap}</source>
        <translation>{channel}在{first}（{first_end}结束）与{second}（{second_start}开始）之间需要 {changeover} 分钟转场，实际只有 {gap} 分钟</translation>
    </message>
    <message>
        <source>{who}: in both {first} ({first_span}) and {second} ({second_span}), which overlap</source>
        <translation>{who}同时参加{first}（{first_span}）和{second}（{second_span}），两者时间重叠</translation>
    </message>
    <message>
        <source>{who} (group): in both {first} ({first_span}) and {second} ({second_span}), which overlap</source>
        <translation>团组{who}同时参加{first}（{first_span}）和{second}（{second_span}），两者时间重叠</translation>
    </message>
    <message>
        <source>{who} cannot get from {first} in {first_city} (ends {first_end}) to {second} in {second_city} (starts {second_start}): the journey takes {travel} minutes</source>
        <translation>{who}无法从{first_city}的{first}（{first_end}结束）及时赶到{second_city}的{second}（{second_start}开始）：路程需要 {travel} 分钟</translation>
    </message>
    <message>
        <source>{first} must end before {second} starts, but it ends {first_end} and {second} starts {second_start}</source>
        <translation>{first}必须在{second}开始前结束，但它{first_end}结束，而{second}{second_start}开始</translation>
    </message>
    <message>
        <source>{first} must end at least {gap} minutes before {second} starts, but it ends {first_end} and {second} starts {second_start}</source>
        <translation>{first}必须在{second}开始前至少 {gap} 分钟结束，但它{first_end}结束，而{second}{second_start}开始</translation>
    </message>
    <message>
        <source>{first} and {second} must start together, but start {first_start} and {second_start}</source>
        <translation>{first}与{second}必须同时开始，但分别开始于{first_start}和{second_start}</translation>
    </message>
    <message>
        <source>{first} ({first_span}) and {second} ({second_span}) must not overlap</source>
        <translation>{first}（{first_span}）与{second}（{second_span}）不得时间重叠</translation>
    </message>
    <message>
        <source>{first} ({first_day}) and {second} ({second_day}) must be on the same day</source>
        <translation>{first}（{first_day}）与{second}（{second_day}）必须在同一天</translation>
    </message>
    <message>
        <source>{first} and {second} must be on different days, but both are on {day}</source>
        <translation>{first}与{second}必须在不同日期，但都安排在{day}</translation>
    </message>
    <message>
        <source>{sessions} need {need} of {resource} {span}, but none is available</source>
        <translation>{sessions}在{span}需要 {need} 个{resource}，但当时没有可用的</translation>
    </message>
    <message>
        <source>{sessions} need {need} of {resource} {span}, but only {limit} available</source>
        <translation>{sessions}在{span}需要 {need} 个{resource}，但只有 {limit} 个可用</translation>
    </message>
    <message>
        <source>Optional session {session} is left out</source>
        <translation>可选场次{session}未安排</translation>
    </message>
    <message>
        <source>{session} moved from {before} to {after}</source>
        <translation>{session}从{before}移到了{after}</translation>
    </message>
    <message>
        <source>{session} moved from {room_before} ({city_before}) to {room_after} ({city_after})</source>
        <translation>{session}从{room_before}（{city_before}）移到了{room_after}（{city_after}）</translation>
    </message>
    <message>
        <source>{session} moved from {channel_before} to {channel_after}</source>
        <translation>{session}从{channel_before}移到了{channel_after}</translation>
    </message>
    <message>
        <source>{first} ({first_span}) runs in parallel with {second} ({second_span}) of the same track &apos;{track}&apos;</source>
        <translation>{first}（{first_span}）与同属专题“{track}”的{second}（{second_span}）同时进行</translation>
    </message>
    <message>
        <source>{group} would like to be at both {first} and {second}, which overlap ({span})</source>
        <translation>{group}希望同时参加{first}和{second}，但两者时间重叠（{span}）</translation>
    </message>
    <message>
        <source>{session} ({expected} expected on site) leaves {empty} of {seats} seats empty in {room}</source>
        <translation>{session}（预计现场 {expected} 人）在{room}的 {seats} 个座位中空出 {empty} 个</translation>
    </message>
    <message>
        <source>{session} would rather be in {places}, but is in {place}</source>
        <translation>{session}最好安排在{places}，但安排在了{place}</translation>
    </message>
    <message>
        <source>{person} (on site at {session}) would rather be in {places}, but is in {place}</source>
        <translation>{person}（现场参加{session}）希望在{places}，但该场次安排在了{place}</translation>
    </message>
    <message>
        <source>{session} would rather be on {channels}, but is in {place}</source>
        <translation>{session}最好安排在{channels}，但安排在了{place}</translation>
    </message>
    <message>
        <source>{session} would rather not be in {target}, but is in {place}</source>
        <translation>{session}最好不要安排在{target}，但安排在了{place}</translation>
    </message>
    <message>
        <source>{person} (on site at {session}) would rather not be in {target}, but is in {place}</source>
        <translation>{person}（现场参加{session}）希望不在{target}，但该场次安排在了{place}</translation>
    </message>
    <message>
        <source>{owner} waits {idle} minutes between sessions on {day} ({sessions})</source>
        <translation>{owner}在{day}的场次之间空等 {idle} 分钟（{sessions}）</translation>
    </message>
    <message>
        <source>{owner} goes to {count} cities on {day}: {by_city}</source>
        <translation>{owner}在{day}要去 {count} 个城市：{by_city}</translation>
    </message>
    <message>
        <source>The sessions of {owner} ({sessions}) are spread over {used} days; {needed} would do</source>
        <translation>{owner}的场次（{sessions}）分散在 {used} 天，其实 {needed} 天就够</translation>
    </message>
    <message>
        <source>{first} and {second} share {shared} {category} tag(s) and overlap ({span})</source>
        <translation>{first}与{second}共有 {shared} 个“{category}”标签，且时间重叠（{span}）</translation>
    </message>
    <message>
        <source>{first} and {second} share {shared} {category} tag(s) but are on different days</source>
        <translation>{first}与{second}共有 {shared} 个“{category}”标签，却安排在不同日期</translation>
    </message>
    <message>
        <source>{first} and {second} share {shared} {category} tag(s) but are in {first_room} and {second_room} on the same day</source>
        <translation>{first}与{second}共有 {shared} 个“{category}”标签，同一天却分别在{first_room}和{second_room}</translation>
    </message>
    <message>
        <source>{first} (level {first_level}) ends after {second} (level {second_level}) starts; they share {shared} {category} tag(s)</source>
        <translation>{first}（级别 {first_level}）在{second}（级别 {second_level}）开始后才结束；两者共有 {shared} 个“{category}”标签</translation>
    </message>
    <message>
        <source>{first} (popularity {first_popularity}) is in {first_room} ({first_seats} seats), smaller than {second_room} ({second_seats} seats) of the less popular {second}</source>
        <translation>{first}（热度 {first_popularity}）安排在{first_room}（{first_seats} 个座位），比热度较低的{second}所在的{second_room}（{second_seats} 个座位）小</translation>
    </message>
    <message>
        <source>{session} ({span}) runs {minutes} minute(s) outside {hours} for its audience in {zone}</source>
        <translation>{session}（{span}）对{zone}的观众而言有 {minutes} 分钟在{hours}之外</translation>
    </message>
    <message>
        <source>{person} joins {session} remotely {minutes} minute(s) outside {hours} at home ({zone})</source>
        <translation>{person}远程参加{session}，有 {minutes} 分钟在其所在地（{zone}）的{hours}之外</translation>
    </message>
    <message>
        <source>{session} ({span}) runs {minutes} minute(s) outside its preferred times</source>
        <translation>{session}（{span}）有 {minutes} 分钟在其首选时间之外</translation>
    </message>
    <message>
        <source>{session} ({span}) runs {minutes} minute(s) in its undesired times</source>
        <translation>{session}（{span}）有 {minutes} 分钟在其不宜时间内</translation>
    </message>
    <message>
        <source>{session} ({span}) runs {minutes} minute(s) outside the preferred times of {person}</source>
        <translation>{session}（{span}）有 {minutes} 分钟在{person}的首选时间之外</translation>
    </message>
    <message>
        <source>{session} ({span}) runs {minutes} minute(s) in the undesired times of {person}</source>
        <translation>{session}（{span}）有 {minutes} 分钟在{person}的不宜时间内</translation>
    </message>
    <message>
        <source>is in {room}</source>
        <translation>安排在了{room}</translation>
    </message>
    <message>
        <source>has no room</source>
        <translation>没有会场</translation>
    </message>
    <message>
        <source>is on {channel}</source>
        <translation>安排在了{channel}</translation>
    </message>
    <message>
        <source>has no online channel</source>
        <translation>没有线上频道</translation>
    </message>
    <message>
        <source>city {name}</source>
        <translation>{name}市</translation>
    </message>
    <message>
        <source>venue {name}</source>
        <translation>场馆{name}</translation>
    </message>
    <message>
        <source>rooms tagged &apos;{name}&apos;</source>
        <translation>带“{name}”标签的会场</translation>
    </message>
    <message>
        <source>&apos;{title}&apos;</source>
        <translation>“{title}”</translation>
    </message>
    <message>
        <source>{count} more</source>
        <translation>另外 {count} 个</translation>
    </message>
    <message>
        <source>room &apos;{key}&apos;</source>
        <translation>会场“{key}”</translation>
    </message>
    <message>
        <source>channel &apos;{key}&apos;</source>
        <translation>线上频道“{key}”</translation>
    </message>
    <message>
        <source>an unknown city</source>
        <translation>未知城市</translation>
    </message>
    <message>
        <source>no room or channel</source>
        <translation>没有会场或线上频道</translation>
    </message>
    <message>
        <source>{city} ({sessions})</source>
        <translation>{city}（{sessions}）</translation>
    </message>
    <message>
        <source>{count} seats</source>
        <translation>{count} 个座位</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items}和{last}</translation>
    </message>
    <message>
        <source>{items} or {last}</source>
        <translation>{items}或{last}</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Rooms</source>
        <translation>会场</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>线上频道</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>团组</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Travel times</source>
        <translation>城市间交通时间</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用时间</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>场馆</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>场次关系</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> (solving…)</source>
        <translation>（求解中…）</translation>
    </message>
    <message>
        <source>   ·   checking the schedule…</source>
        <translation>   ·   正在检查日程…</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>未安排</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>求解</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>关闭窗口(&amp;C)</translation>
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
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;in (time)</source>
        <translation>放大时间轴(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out (time)</source>
        <translation>缩小时间轴(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>Only rooms and channels in &amp;use</source>
        <translation>仅显示使用中的会场和线上频道(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>日程(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Solve</source>
        <translation>求解(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel solve</source>
        <translation>取消求解(&amp;C)</translation>
    </message>
    <message>
        <source>Open a project file (.slotwise) to start.</source>
        <translation>请打开一个项目文件（.slotwise）开始。</translation>
    </message>
    <message>
        <source>Change the language when the solve has ended.</source>
        <translation>请在求解结束后再切换语言。</translation>
    </message>
    <message numerus="yes">
        <source>{dates}, %n day(s), {zone}</source>
        <translation>
            <numerusform>{dates}，共 %n 天，{zone}</numerusform>
        </translation>
    </message>
    <message>
        <source>{sessions} sessions ({scheduled} scheduled), {rooms} rooms, {channels} channels, {people} people</source>
        <translation>{sessions} 个场次（已安排 {scheduled} 个），{rooms} 个会场，{channels} 个线上频道，{people} 位人员</translation>
    </message>
    <message>
        <source>The data cannot be scheduled as it is:</source>
        <translation>当前数据无法排程：</translation>
    </message>
    <message>
        <source>The schedule could not be stored: {reason}</source>
        <translation>日程未能保存：{reason}</translation>
    </message>
    <message>
        <source>Wait for the solve to end (or cancel it) first.</source>
        <translation>请先等待求解结束（或取消求解）。</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Save the new project as</source>
        <translation>新项目保存为</translation>
    </message>
    <message>
        <source>{name} copy</source>
        <translation>{name} 副本</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>副本另存为</translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation>没有打开的项目</translation>
    </message>
    <message>
        <source>Saved a copy as {path}</source>
        <translation>已将副本保存为 {path}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Make a project from the JSON file</source>
        <translation>用 JSON 文件创建项目</translation>
    </message>
    <message>
        <source>Open a project to import the lists into.</source>
        <translation>请先打开要导入列表的项目。</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <source>Imported {file}: {summary}</source>
        <translation>已导入 {file}：{summary}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move to…</source>
        <translation>移动到…</translation>
    </message>
    <message>
        <source>&amp;Pin it there</source>
        <translation>锁定在该位置(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>移动(&amp;M)</translation>
    </message>
    <message>
        <source>Place &amp;anyway</source>
        <translation>仍然安排(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始时间(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>会场(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>线上频道(&amp;C)</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>e.g. ASEAN–China SME Cooperation Day</source>
        <translation>例如：中国—东盟中小企业合作日</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Daily hours</source>
        <translation>每日时间</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>时间粒度</translation>
    </message>
</context>
<context>
    <name>PlaceSessionCommand</name>
    <message>
        <source>&apos;{title}&apos; is online: drop it on an online channel, not in a room</source>
        <translation>“{title}”为线上场次：请拖到线上频道，而不是会场</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; takes place on site: drop it in a room, not on an online channel</source>
        <translation>“{title}”为线下场次：请拖到会场，而不是线上频道</translation>
    </message>
    <message>
        <source>The session is no longer in the project</source>
        <translation>该场次已不在项目中</translation>
    </message>
    <message>
        <source>&apos;{place}&apos; is no longer in the project</source>
        <translation>“{place}”已不在项目中</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; needs a room or a channel</source>
        <translation>“{title}”需要一个会场或线上频道</translation>
    </message>
    <message>
        <source>Unschedule &apos;{title}&apos;</source>
        <translation>取消安排“{title}”</translation>
    </message>
    <message>
        <source>Move and pin &apos;{title}&apos; to {place}, {when}</source>
        <translation>将“{title}”移至{place}（{when}）并锁定</translation>
    </message>
    <message>
        <source>Move &apos;{title}&apos; to {place}, {when}</source>
        <translation>将“{title}”移至{place}（{when}）</translation>
    </message>
    <message>
        <source>Place and pin &apos;{title}&apos; to {place}, {when}</source>
        <translation>将“{title}”安排到{place}（{when}）并锁定</translation>
    </message>
    <message>
        <source>Place &apos;{title}&apos; to {place}, {when}</source>
        <translation>将“{title}”安排到{place}（{when}）</translation>
    </message>
    <message>
        <source>Unpin &apos;{title}&apos;</source>
        <translation>解除锁定“{title}”</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is not scheduled: place it before pinning it</source>
        <translation>“{title}”尚未安排：请先安排再锁定</translation>
    </message>
    <message>
        <source>Pin &apos;{title}&apos; to {place}, {when}</source>
        <translation>将“{title}”锁定在{place}（{when}）</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Export programme</source>
        <translation>导出议程</translation>
    </message>
    <message>
        <source>Print programme</source>
        <translation>打印议程</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese (中文)</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Chinese and English (中英文)</source>
        <translation>中英文</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>PDF booklet (one page per day and city)</source>
        <translation>PDF 手册（每天每个城市一页）</translation>
    </message>
    <message>
        <source>HTML agenda (one file)</source>
        <translation>HTML 议程（单个文件）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
</context>
<context>
    <name>ProgrammeJobs</name>
    <message>
        <source>{name}: a programme is written as .pdf or .html</source>
        <translation>{name}：议程只能保存为 .pdf 或 .html</translation>
    </message>
</context>
<context>
    <name>ProgrammePrinting</name>
    <message>
        <source>&amp;Print programme…</source>
        <translation>打印议程(&amp;P)…</translation>
    </message>
    <message>
        <source>Export pro&amp;gramme…</source>
        <translation>导出议程(&amp;G)…</translation>
    </message>
    <message>
        <source>The programme is still being written; wait a moment.</source>
        <translation>议程仍在生成中，请稍候。</translation>
    </message>
    <message>
        <source>Nothing is scheduled yet: solve first, then print the programme.</source>
        <translation>尚未安排任何场次：请先求解，再打印议程。</translation>
    </message>
    <message>
        <source>Writing the programme…</source>
        <translation>正在生成议程…</translation>
    </message>
    <message>
        <source>Programme written to {where} ({pages} pages)</source>
        <translation>议程已写入 {where}（共 {pages} 页）</translation>
    </message>
    <message>
        <source>Programme written to {where}</source>
        <translation>议程已写入 {where}</translation>
    </message>
    <message>
        <source>The programme was not written: {reason}</source>
        <translation>议程未能生成：{reason}</translation>
    </message>
    <message>
        <source>PDF booklet (*.pdf)</source>
        <translation>PDF 手册 (*.pdf)</translation>
    </message>
    <message>
        <source>HTML agenda (*.html)</source>
        <translation>HTML 议程 (*.html)</translation>
    </message>
    <message>
        <source>Export programme</source>
        <translation>导出议程</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>议程</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>cost and bound appear here while solving</source>
        <translation>求解时在此显示代价和下界</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>代价</translation>
    </message>
    <message>
        <source>bound</source>
        <translation>下界</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>{message}. The undo history was cleared.</source>
        <translation>{message}。撤销历史已清空。</translation>
    </message>
    <message>
        <source>Set {field} of {count} {things}</source>
        <translation>设置 {count} 个{things}的{field}</translation>
    </message>
    <message>
        <source>Delete {count} {things}</source>
        <translation>删除 {count} 个{things}</translation>
    </message>
    <message>
        <source>Duplicate {count} {things}</source>
        <translation>复制 {count} 个{things}</translation>
    </message>
    <message>
        <source>Mark unavailable time of {owner}</source>
        <translation>标记{owner}的不可用时间</translation>
    </message>
    <message>
        <source>Clear unavailable time of {owner}</source>
        <translation>清除{owner}的不可用时间</translation>
    </message>
</context>
<context>
    <name>PublishAction</name>
    <message>
        <source>&amp;Publish…</source>
        <translation>发布(&amp;P)…</translation>
    </message>
    <message>
        <source>Freeze the schedule as the next version and send its calendars</source>
        <translation>将日程固定为下一个版本并发送其日历</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reading what would change…</source>
        <translation>正在读取将发生的变化…</translation>
    </message>
    <message>
        <source>What this version is, e.g. “Programme v2 — Jinan forum moved online” (required)</source>
        <translation>本版本说明，例如“议程 v2 — 济南论坛改为线上”（必填）</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Who must be told</source>
        <translation>需要通知的人</translation>
    </message>
    <message>
        <source>Publish anyway: the calendars will show these clashes</source>
        <translation>仍然发布：日历中将出现这些冲突</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Publishing freezes the working schedule as a numbered version. It is not an undo step: Edit &gt; Undo does not take a version back.</source>
        <translation>发布会将当前日程固定为一个编号版本。发布不是撤销步骤：“编辑 &gt; 撤销”不能收回已发布的版本。</translation>
    </message>
    <message>
        <source>First publication: version 1 will hold {sessions} sessions ({scheduled} scheduled).</source>
        <translation>首次发布：版本 1 将包含 {sessions} 个场次（已安排 {scheduled} 个）。</translation>
    </message>
    <message>
        <source>Nothing changed since version {last}: no new version is needed. Version {last} can be sent again to a folder or a server.</source>
        <translation>自版本 {last} 以来没有变化，无需新版本。可以将版本 {last} 重新发送到文件夹或服务器。</translation>
    </message>
    <message>
        <source>Version {number} will be published ({sessions} sessions, {scheduled} scheduled); the last one is version {last}.</source>
        <translation>将发布版本 {number}（{sessions} 个场次，已安排 {scheduled} 个）；上一版本为版本 {last}。</translation>
    </message>
    <message>
        <source>Send version {number} again</source>
        <translation>重新发送版本 {number}</translation>
    </message>
    <message>
        <source>Publish version {number}</source>
        <translation>发布版本 {number}</translation>
    </message>
    <message>
        <source>What would change could not be read: {error}</source>
        <translation>无法读取将发生的变化：{error}</translation>
    </message>
    <message>
        <source>… and {count} more (see the Conflicts panel)</source>
        <translation>… 另有 {count} 项（见“冲突”面板）</translation>
    </message>
    <message>
        <source>The working schedule breaks {count} hard rule(s):</source>
        <translation>当前日程违反 {count} 条硬性规则：</translation>
    </message>
    <message>
        <source>The working schedule could not be checked, so its clashes are unknown: {error}</source>
        <translation>当前日程无法检查，冲突情况未知：{error}</translation>
    </message>
    <message>
        <source>Nothing changed: tick a folder or a server to send version {last} again.</source>
        <translation>没有变化：勾选文件夹或服务器可重新发送版本 {last}。</translation>
    </message>
    <message>
        <source>Write a note for version {number}.</source>
        <translation>请为版本 {number} 填写说明。</translation>
    </message>
    <message>
        <source>Waiting for the check of the schedule…</source>
        <translation>正在等待日程检查…</translation>
    </message>
    <message>
        <source>The schedule breaks hard rules: tick “Publish anyway” to publish it as it is.</source>
        <translation>日程违反硬性规则：勾选“仍然发布”可按现状发布。</translation>
    </message>
    <message>
        <source>The schedule could not be checked: tick “Publish anyway” to publish it as it is.</source>
        <translation>日程无法检查：勾选“仍然发布”可按现状发布。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Step {index} of {count}</source>
        <translation>第 {index} 步，共 {count} 步</translation>
    </message>
    <message>
        <source>Freezing version {number}…</source>
        <translation>正在固定版本 {number}…</translation>
    </message>
    <message>
        <source>Writing {total} feeds… ({done}/{total}, {name})</source>
        <translation>正在写入 {total} 个日历源…（{done}/{total}，{name}）</translation>
    </message>
    <message>
        <source>Pushing {feed} ({done}/{total})… calendar {index} of {count}</source>
        <translation>正在推送 {feed}（{done}/{total}）… 第 {index} 个日历，共 {count} 个</translation>
    </message>
    <message>
        <source>Cancelling… (a version being frozen is kept)</source>
        <translation>正在取消…（正在固定的版本将保留）</translation>
    </message>
    <message>
        <source>{sessions} sessions, {scheduled} scheduled. In the programme: people {people}, groups {groups}.</source>
        <translation>{sessions} 个场次，已安排 {scheduled} 个。议程中：人员 {people}，团组 {groups}。</translation>
    </message>
    <message>
        <source>Since version {last}: {changed} moved or changed, {added} new, {cancelled} cancelled or removed. To tell: people {people}, groups {groups}.</source>
        <translation>自版本 {last} 以来：{changed} 个移动或更改，{added} 个新增，{cancelled} 个取消或移除。需通知：人员 {people}，团组 {groups}。</translation>
    </message>
</context>
<context>
    <name>PublishJob</name>
    <message>
        <source>Nothing has been published yet: there is no version to send.</source>
        <translation>尚未发布过：没有可发送的版本。</translation>
    </message>
</context>
<context>
    <name>PublishOperation</name>
    <message>
        <source>The publication ended without a result.</source>
        <translation>发布结束，但没有结果。</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <source>Wait for the solve to end (or cancel it) before publishing.</source>
        <translation>请在求解结束（或取消求解）后再发布。</translation>
    </message>
</context>
<context>
    <name>Replanning</name>
    <message>
        <source>&amp;Move to…</source>
        <translation>移动到(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Re-solve around my changes…</source>
        <translation>围绕我的更改重新求解(&amp;R)…</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>移动到…</translation>
    </message>
    <message>
        <source>Select a session first (in the timetable or the unscheduled list)</source>
        <translation>请先选择一个场次（在日程表或未安排列表中）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected&lt;/b&gt;&lt;br&gt;Nothing was changed: the schedule is as it was.</source>
        <translation>&lt;b&gt;已拒绝&lt;/b&gt;&lt;br&gt;未做任何更改：日程保持原样。</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>已写入</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Publishing is not an undo step: Edit &gt; Undo does not take a version back, as in the command line. Every version is kept.</source>
        <translation>发布不是撤销步骤：与命令行相同，“编辑 &gt; 撤销”不能收回版本。每个版本都会保留。</translation>
    </message>
    <message>
        <source>Calendar feeds</source>
        <translation>日历源</translation>
    </message>
    <message>
        <source>CalDAV server</source>
        <translation>CalDAV 服务器</translation>
    </message>
    <message>
        <source>Nothing was published: {error}</source>
        <translation>未发布任何内容：{error}</translation>
    </message>
    <message>
        <source>Cancelled before anything was published.</source>
        <translation>在发布任何内容之前已取消。</translation>
    </message>
    <message>
        <source>Version {number} is published: “{note}”.</source>
        <translation>版本 {number} 已发布：“{note}”。</translation>
    </message>
    <message>
        <source>No new version; sending version {number} again did not fully succeed (see below).</source>
        <translation>没有新版本；重新发送版本 {number} 未完全成功（见下文）。</translation>
    </message>
    <message>
        <source>No new version: version {number} was sent again.</source>
        <translation>没有新版本：已重新发送版本 {number}。</translation>
    </message>
    <message>
        <source>No calendar feeds were written to a folder.</source>
        <translation>没有日历源写入文件夹。</translation>
    </message>
    <message>
        <source>Wrote {count} calendar feeds and index.json into {folder}.</source>
        <translation>已将 {count} 个日历源和 index.json 写入 {folder}。</translation>
    </message>
    <message>
        <source>The calendar feeds were NOT written: {error}</source>
        <translation>日历源未写入：{error}</translation>
    </message>
    <message>
        <source>Cancelled: the calendar feeds were not written (nothing was left half-written).</source>
        <translation>已取消：日历源未写入（没有留下写了一半的文件）。</translation>
    </message>
    <message>
        <source>The calendar feeds were not written.</source>
        <translation>日历源未写入。</translation>
    </message>
    <message>
        <source>Nothing was pushed to a CalDAV server.</source>
        <translation>没有推送到 CalDAV 服务器。</translation>
    </message>
    <message>
        <source>Pushed {count} calendar(s) to {url}:</source>
        <translation>已将 {count} 个日历推送到 {url}：</translation>
    </message>
    <message>
        <source> (while pushing {feed})</source>
        <translation>（推送 {feed} 时）</translation>
    </message>
    <message>
        <source>The push to the CalDAV server failed{where}: {error}</source>
        <translation>推送到 CalDAV 服务器失败{where}：{error}</translation>
    </message>
    <message>
        <source>Push again later with Schedule &gt; Publish…: the latest version can be sent again.</source>
        <translation>稍后可通过“日程 &gt; 发布…”再次推送：最新版本可以重新发送。</translation>
    </message>
    <message>
        <source>Cancelled while pushing {feed}: that calendar may be partly updated; push again to complete it.</source>
        <translation>推送 {feed} 时已取消：该日历可能只更新了一部分，请再次推送以完成。</translation>
    </message>
    <message>
        <source>Nothing was pushed to the CalDAV server.</source>
        <translation>没有推送到 CalDAV 服务器。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review the re-solve</source>
        <translation>查看重新求解结果</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>已移动</translation>
    </message>
    <message>
        <source>newly placed</source>
        <translation>新安排</translation>
    </message>
    <message>
        <source>left unplaced</source>
        <translation>未安排</translation>
    </message>
    <message>
        <source>&amp;Accept all</source>
        <translation>全部接受(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>soft cost {before:,} → {after:,} ({change:+,})</source>
        <translation>软性代价 {before:,} → {after:,}（{change:+,}）</translation>
    </message>
    <message>
        <source>&lt;b&gt;The re-solve moves nothing.&lt;/b&gt; {cost}</source>
        <translation>&lt;b&gt;重新求解没有移动任何场次。&lt;/b&gt;{cost}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{moved} moved, {placed} newly placed, {unplaced} left unplaced.&lt;/b&gt; {cost}&lt;br&gt;Accept all to store the new schedule (one undo step), or reject it to keep the schedule as it is.</source>
        <translation>&lt;b&gt;{moved} 个移动，{placed} 个新安排，{unplaced} 个未安排。&lt;/b&gt;{cost}&lt;br&gt;全部接受即保存新日程（一步撤销），拒绝则保持日程原样。</translation>
    </message>
</context>
<context>
    <name>Rows</name>
    <message>
        <source>session</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>group</source>
        <translation>团组</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>团组</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>场馆</translation>
    </message>
    <message>
        <source>venues</source>
        <translation>场馆</translation>
    </message>
    <message>
        <source>room</source>
        <translation>会场</translation>
    </message>
    <message>
        <source>rooms</source>
        <translation>会场</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>线上频道</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>线上频道</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>场次关系</translation>
    </message>
    <message>
        <source>relations</source>
        <translation>场次关系</translation>
    </message>
    <message>
        <source>window</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>windows</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>travel time</source>
        <translation>交通时间</translation>
    </message>
    <message>
        <source>travel times</source>
        <translation>交通时间</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Chinese title</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>pinned room</source>
        <translation>锁定会场</translation>
    </message>
    <message>
        <source>pinned channel</source>
        <translation>锁定线上频道</translation>
    </message>
    <message>
        <source>pinned start</source>
        <translation>锁定开始时间</translation>
    </message>
    <message>
        <source>first session</source>
        <translation>第一场</translation>
    </message>
    <message>
        <source>second session</source>
        <translation>第二场</translation>
    </message>
    <message>
        <source>{thing} &apos;{name}&apos;</source>
        <translation>{thing}“{name}”</translation>
    </message>
    <message>
        <source>no {thing} with id {id}</source>
        <translation>没有编号为 {id} 的{thing}</translation>
    </message>
    <message>
        <source>no {thing} &apos;{key}&apos;</source>
        <translation>没有标识为“{key}”的{thing}</translation>
    </message>
    <message>
        <source>add a venue first: a room belongs to one</source>
        <translation>请先添加场馆：会场必须属于一个场馆</translation>
    </message>
    <message>
        <source>add a city first: a venue is in one</source>
        <translation>请先添加城市：场馆必须位于一个城市</translation>
    </message>
    <message>
        <source>a relation needs two sessions that are not related yet</source>
        <translation>场次关系需要两个尚无关系的场次</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>scheduled once</source>
        <translation>每场安排一次</translation>
    </message>
    <message>
        <source>room suitable</source>
        <translation>会场合适</translation>
    </message>
    <message>
        <source>channel suitable</source>
        <translation>线上频道合适</translation>
    </message>
    <message>
        <source>place matches mode</source>
        <translation>地点符合举办方式</translation>
    </message>
    <message>
        <source>room overlap</source>
        <translation>会场时间重叠</translation>
    </message>
    <message>
        <source>channel overlap</source>
        <translation>线上频道时间重叠</translation>
    </message>
    <message>
        <source>within hours</source>
        <translation>在开放时间内</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>可用时间</translation>
    </message>
    <message>
        <source>person overlap</source>
        <translation>人员时间冲突</translation>
    </message>
    <message>
        <source>group overlap</source>
        <translation>团组时间冲突</translation>
    </message>
    <message>
        <source>travel time</source>
        <translation>交通时间</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>场次关系</translation>
    </message>
    <message>
        <source>resource capacity</source>
        <translation>资源容量</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>optional left out</source>
        <translation>可选场次未安排</translation>
    </message>
    <message>
        <source>stability: time</source>
        <translation>稳定性：时间</translation>
    </message>
    <message>
        <source>stability: day</source>
        <translation>稳定性：日期</translation>
    </message>
    <message>
        <source>stability: room</source>
        <translation>稳定性：会场</translation>
    </message>
    <message>
        <source>stability: city</source>
        <translation>稳定性：城市</translation>
    </message>
    <message>
        <source>stability: channel</source>
        <translation>稳定性：线上频道</translation>
    </message>
    <message>
        <source>track parallel</source>
        <translation>同专题并行</translation>
    </message>
    <message>
        <source>group interest parallel</source>
        <translation>团组关注场次并行</translation>
    </message>
    <message>
        <source>audience hours</source>
        <translation>观众时区时段</translation>
    </message>
    <message>
        <source>remote speaker hours</source>
        <translation>远程嘉宾时区时段</translation>
    </message>
    <message>
        <source>room fit</source>
        <translation>会场大小匹配</translation>
    </message>
    <message>
        <source>session preferred time</source>
        <translation>场次首选时间</translation>
    </message>
    <message>
        <source>session undesired time</source>
        <translation>场次不宜时间</translation>
    </message>
    <message>
        <source>person preferred time</source>
        <translation>人员首选时间</translation>
    </message>
    <message>
        <source>person undesired time</source>
        <translation>人员不宜时间</translation>
    </message>
    <message>
        <source>preferred place</source>
        <translation>首选地点</translation>
    </message>
    <message>
        <source>undesired place</source>
        <translation>不宜地点</translation>
    </message>
    <message>
        <source>idle gap</source>
        <translation>空闲间隔</translation>
    </message>
    <message>
        <source>city change</source>
        <translation>更换城市</translation>
    </message>
    <message>
        <source>days spread</source>
        <translation>跨天分布</translation>
    </message>
    <message>
        <source>popular in large room</source>
        <translation>热门场次用大会场</translation>
    </message>
    <message>
        <source>tag overlap</source>
        <translation>同标签重叠</translation>
    </message>
    <message>
        <source>tag same day</source>
        <translation>同标签同一天</translation>
    </message>
    <message>
        <source>tag same room</source>
        <translation>同标签同一会场</translation>
    </message>
    <message>
        <source>level flow</source>
        <translation>难度递进</translation>
    </message>
    <message>
        <source>HARD</source>
        <translation>硬性</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>软性</translation>
    </message>
</context>
<context>
    <name>SaveScenarioDialog</name>
    <message>
        <source>Save as scenario</source>
        <translation>另存为方案</translation>
    </message>
    <message>
        <source>e.g. Plan B: Main Hall lost on day 1</source>
        <translation>例如：备选方案 B：第 1 天主会场不可用</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
</context>
<context>
    <name>ScenarioBanner</name>
    <message>
        <source>Promote</source>
        <translation>设为主日程</translation>
    </message>
    <message>
        <source>Back to the main schedule</source>
        <translation>返回主日程</translation>
    </message>
    <message>
        <source>Scenario &apos;{name}&apos; — edits change this scenario; Promote to make it the main schedule</source>
        <translation>方案“{name}”— 编辑只修改此方案；点击“设为主日程”可使其成为主日程</translation>
    </message>
</context>
<context>
    <name>ScenarioFeature</name>
    <message>
        <source>Scenarios</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Sc&amp;enarios</source>
        <translation>方案(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Save as scenario…</source>
        <translation>另存为方案(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>比较(&amp;C)…</translation>
    </message>
    <message>
        <source>Back to the &amp;main schedule</source>
        <translation>返回主日程(&amp;M)</translation>
    </message>
    <message>
        <source>Wait until the solve has ended: its schedule goes to the schedule being edited.</source>
        <translation>请等待求解结束：其结果将写入正在编辑的日程。</translation>
    </message>
    <message>
        <source>Scenario {number}</source>
        <translation>方案 {number}</translation>
    </message>
    <message>
        <source>Save scenario &apos;{name}&apos;</source>
        <translation>保存方案“{name}”</translation>
    </message>
    <message>
        <source>Saved the schedule being edited as scenario &apos;{name}&apos;.</source>
        <translation>已将正在编辑的日程保存为方案“{name}”。</translation>
    </message>
    <message>
        <source>Switch to the main schedule</source>
        <translation>切换到主日程</translation>
    </message>
    <message>
        <source>Switch to scenario &apos;{name}&apos;</source>
        <translation>切换到方案“{name}”</translation>
    </message>
    <message>
        <source>Promote scenario &apos;{name}&apos;</source>
        <translation>将方案“{name}”设为主日程</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is now the main schedule; the main schedule it replaced is kept as scenario &apos;{kept}&apos;.</source>
        <translation>“{name}”现为主日程；被替换的原主日程已保留为方案“{kept}”。</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>重命名方案</translation>
    </message>
    <message>
        <source>New name of scenario &apos;{name}&apos;:</source>
        <translation>方案“{name}”的新名称：</translation>
    </message>
    <message>
        <source>Rename scenario &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>将方案“{old}”重命名为“{new}”</translation>
    </message>
    <message>
        <source>Delete scenario &apos;{name}&apos;</source>
        <translation>删除方案“{name}”</translation>
    </message>
</context>
<context>
    <name>ScenariosPanel</name>
    <message>
        <source>Save as scenario…</source>
        <translation>另存为方案…</translation>
    </message>
    <message>
        <source>Switch to</source>
        <translation>切换到</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>设为主日程</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <source>Make the chosen scenario the main schedule; the main schedule it replaces is kept as a scenario</source>
        <translation>将所选方案设为主日程；被替换的主日程将保留为一个方案</translation>
    </message>
    <message>
        <source>Main schedule</source>
        <translation>主日程</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) placed</source>
        <translation>
            <numerusform>已安排 %n 个场次</numerusform>
        </translation>
    </message>
    <message>
        <source>  (being edited)</source>
        <translation>  （正在编辑）</translation>
    </message>
</context>
<context>
    <name>SideBox</name>
    <message>
        <source>Total cost &lt;b&gt;{cost}&lt;/b&gt; · &lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;{count}&lt;/b&gt; hard violation(s)&lt;/span&gt; · {placed} sessions placed</source>
        <translation>总代价 &lt;b&gt;{cost}&lt;/b&gt; · &lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;{count}&lt;/b&gt; 项硬性违规&lt;/span&gt; · 已安排 {placed} 个场次</translation>
    </message>
    <message>
        <source>No hard violations.</source>
        <translation>没有硬性违规。</translation>
    </message>
</context>
<context>
    <name>SidePicker</name>
    <message>
        <source>Main schedule</source>
        <translation>主日程</translation>
    </message>
    <message>
        <source>Scenario: {name}</source>
        <translation>方案：{name}</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>版本 {number}</translation>
    </message>
</context>
<context>
    <name>SolveOperation</name>
    <message>
        <source>The re-solve was cancelled; nothing was changed.</source>
        <translation>重新求解已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>No schedule was found; nothing was changed.</source>
        <translation>未找到可行日程，未做任何更改。</translation>
    </message>
    <message>
        <source>The schedule breaks {count} hard rule(s); it was NOT stored.</source>
        <translation>该日程违反 {count} 条硬性规则，未保存。</translation>
    </message>
    <message>
        <source>Review what the re-solve moves: accept or reject it.</source>
        <translation>请查看重新求解移动了哪些场次，然后接受或拒绝。</translation>
    </message>
    <message>
        <source>, cost {cost:,}</source>
        <translation>，代价 {cost:,}</translation>
    </message>
    <message>
        <source>Stored: {scheduled} of {total} sessions scheduled in {seconds:.1f} s{cost}.</source>
        <translation>已保存：{total} 个场次中已安排 {scheduled} 个，用时 {seconds:.1f} 秒{cost}。</translation>
    </message>
    <message>
        <source>Apply solve (1 session scheduled)</source>
        <translation>应用求解结果（已安排 1 个场次）</translation>
    </message>
    <message>
        <source>Apply solve ({count} sessions scheduled)</source>
        <translation>应用求解结果（已安排 {count} 个场次）</translation>
    </message>
</context>
<context>
    <name>SolvePanel</name>
    <message>
        <source>optimal (proven best)</source>
        <translation>最优（已证明最佳）</translation>
    </message>
    <message>
        <source>feasible</source>
        <translation>可行</translation>
    </message>
    <message>
        <source>time limit reached</source>
        <translation>已达时间限制</translation>
    </message>
    <message>
        <source>stopped by the user</source>
        <translation>已被用户停止</translation>
    </message>
    <message>
        <source>infeasible (no schedule can satisfy every hard rule)</source>
        <translation>不可行（没有日程能满足所有硬性规则）</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <source>How much moving a session away from the last published (or stored) schedule costs, against the other soft rules: 1× is the project&apos;s weights, 0× lets sessions move freely, 5× holds them five times as hard. Only a re-solve keeps a schedule stable, so this needs “Keep the current schedule stable”.</source>
        <translation>相对于其他软性规则，将场次移离上次发布（或保存）的日程所付出的代价：1× 为项目设定的权重，0× 允许场次自由移动，5× 则以五倍力度保持原位。只有重新求解才会保持日程稳定，因此需要勾选“保持当前日程稳定”。</translation>
    </message>
    <message>
        <source>Solve again keeping the pins and what was published (or, if nothing was, the current schedule) as far as possible, then review what moved before anything is stored.</source>
        <translation>重新求解，尽量保留锁定项和已发布的日程（如尚未发布，则保留当前日程），并在保存之前查看移动了哪些场次。</translation>
    </message>
    <message>
        <source>Untick to let this solve move pinned sessions too (the pins stay stored; the conflicts list then shows the ones the new schedule does not keep).</source>
        <translation>取消勾选可让本次求解也移动已锁定的场次（锁定设置仍会保存；冲突列表将显示新日程未遵守的锁定）。</translation>
    </message>
    <message>
        <source>Pins were ignored for this solve; the conflicts list shows the pins it does not keep.</source>
        <translation>本次求解忽略了锁定；冲突列表显示未遵守的锁定。</translation>
    </message>
    <message>
        <source>Keep the current schedule stable (re-solve)</source>
        <translation>保持当前日程稳定（重新求解）</translation>
    </message>
    <message>
        <source>only on a re-solve</source>
        <translation>仅在重新求解时</translation>
    </message>
    <message>
        <source>Keep pinned rooms and times</source>
        <translation>保持锁定的会场和时间</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>求解</translation>
    </message>
    <message>
        <source>Re-solve around my changes…</source>
        <translation>围绕我的更改重新求解…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时间限制</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>线程数</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>稳定性</translation>
    </message>
    <message>
        <source>Building the model…</source>
        <translation>正在构建模型…</translation>
    </message>
    <message>
        <source>, bound {bound}</source>
        <translation>，下界 {bound}</translation>
    </message>
    <message>
        <source>Solving… {seconds:.1f} s: cost {cost}{bound} ({reports} reports)</source>
        <translation>求解中… {seconds:.1f} 秒：代价 {cost}{bound}（{reports} 次报告）</translation>
    </message>
    <message>
        <source>Stopping the search…</source>
        <translation>正在停止搜索…</translation>
    </message>
    <message>
        <source>See why on the right; the names are links.</source>
        <translation>原因见右侧；名称均可点击。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not solved&lt;/b&gt;&lt;br&gt;{count} problem(s) in the data stop the solve: see them on the right (the names are links).</source>
        <translation>&lt;b&gt;未求解&lt;/b&gt;&lt;br&gt;数据中有 {count} 个问题导致无法求解：见右侧（名称均可点击）。</translation>
    </message>
</context>
<context>
    <name>TimetableColumns</name>
    <message>
        <source>{count} viewers</source>
        <translation>{count} 名观众</translation>
    </message>
    <message>
        <source>{count} seats</source>
        <translation>{count} 个座位</translation>
    </message>
</context>
<context>
    <name>TimetableEditing</name>
    <message>
        <source>No project is open</source>
        <translation>没有打开的项目</translation>
    </message>
    <message>
        <source>Checking the move…</source>
        <translation>正在检查移动…</translation>
    </message>
    <message>
        <source>The schedule changed while the move was being checked; nothing was moved</source>
        <translation>检查移动期间日程已变化，未移动任何场次</translation>
    </message>
    <message>
        <source>Not moved: {reason}</source>
        <translation>未移动：{reason}</translation>
    </message>
    <message>
        <source>{done} — it breaks a hard rule: {reason}</source>
        <translation>{done} — 违反了硬性规则：{reason}</translation>
    </message>
</context>
<context>
    <name>TimetableView</name>
    <message>
        <source>Move to…</source>
        <translation>移动到…</translation>
    </message>
    <message>
        <source>Pin here</source>
        <translation>锁定在此</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <source>Unschedule</source>
        <translation>取消安排</translation>
    </message>
</context>
<context>
    <name>TrackLegend</name>
    <message>
        <source>on-site</source>
        <translation>线下</translation>
    </message>
    <message>
        <source>online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>线上线下结合</translation>
    </message>
    <message>
        <source>interpretation</source>
        <translation>同传</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>breaks a hard rule</source>
        <translation>违反硬性规则</translation>
    </message>
    <message>
        <source>breaks a soft rule</source>
        <translation>违反软性规则</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>no track</source>
        <translation>无专题</translation>
    </message>
</context>
<context>
    <name>TravelEditor</name>
    <message>
        <source>Travel minutes from the city of each row to the city of each column. Clear a cell when the time is not known.</source>
        <translation>从每行所列城市到每列所列城市的交通时间（分钟）。时间未知时请清空单元格。</translation>
    </message>
</context>
<context>
    <name>TravelMatrixModel</name>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>From {start} to {end}: {minutes}</source>
        <translation>从{start}到{end}：{minutes}</translation>
    </message>
    <message>
        <source>from {city}</source>
        <translation>从{city}出发</translation>
    </message>
    <message>
        <source>to {city}</source>
        <translation>到达{city}</translation>
    </message>
    <message>
        <source>the travel times are read-only</source>
        <translation>交通时间为只读</translation>
    </message>
    <message>
        <source>minutes: {reason}</source>
        <translation>分钟：{reason}</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Could not undo &apos;{step}&apos;: {reason}</source>
        <translation>无法撤销“{step}”：{reason}</translation>
    </message>
    <message>
        <source>Could not redo &apos;{step}&apos;: {reason}</source>
        <translation>无法重做“{step}”：{reason}</translation>
    </message>
    <message>
        <source>Set {field} of {row}</source>
        <translation>设置{row}的{field}</translation>
    </message>
    <message>
        <source>Add {row}</source>
        <translation>添加{row}</translation>
    </message>
    <message>
        <source>Delete {row}</source>
        <translation>删除{row}</translation>
    </message>
    <message>
        <source>Duplicate {row}</source>
        <translation>复制{row}</translation>
    </message>
    <message>
        <source>a travel time needs two cities of the project</source>
        <translation>交通时间需要项目中的两个城市</translation>
    </message>
    <message>
        <source>minutes: {reason}</source>
        <translation>分钟：{reason}</translation>
    </message>
    <message>
        <source>Set travel time {start} → {end}</source>
        <translation>设置交通时间 {start} → {end}</translation>
    </message>
</context>
<context>
    <name>UnscheduledModel</name>
    <message>
        <source>{minutes} min · {kind} · {mode}</source>
        <translation>{minutes} 分钟 · {kind} · {mode}</translation>
    </message>
</context>
<context>
    <name>UnscheduledPanel</name>
    <message>
        <source>Filter by title, 标题, tag…</source>
        <translation>按标题、title、标签筛选…</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>所有专题</translation>
    </message>
    <message>
        <source>(no track)</source>
        <translation>（无专题）</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>All modes</source>
        <translation>所有方式</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>所有城市</translation>
    </message>
    <message>
        <source>{total} unscheduled</source>
        <translation>{total} 个未安排</translation>
    </message>
    <message>
        <source>{shown} of {total} unscheduled</source>
        <translation>{total} 个未安排中显示 {shown} 个</translation>
    </message>
</context>
<context>
    <name>ValueDialog</name>
    <message>
        <source>Set {column}</source>
        <translation>设置{column}</translation>
    </message>
    <message>
        <source>{column} of {rows}:</source>
        <translation>{rows}的{column}：</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>plenary</source>
        <translation>全体大会</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>开幕式</translation>
    </message>
    <message>
        <source>keynote</source>
        <translation>主旨演讲</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>论坛</translation>
    </message>
    <message>
        <source>panel</source>
        <translation>圆桌讨论</translation>
    </message>
    <message>
        <source>talk</source>
        <translation>演讲</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <source>B2B matchmaking</source>
        <translation>企业对接洽谈</translation>
    </message>
    <message>
        <source>signing ceremony</source>
        <translation>签约仪式</translation>
    </message>
    <message>
        <source>site visit</source>
        <translation>实地考察</translation>
    </message>
    <message>
        <source>banquet</source>
        <translation>宴会</translation>
    </message>
    <message>
        <source>break</source>
        <translation>茶歇</translation>
    </message>
    <message>
        <source>press</source>
        <translation>新闻发布</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>on-site</source>
        <translation>线下</translation>
    </message>
    <message>
        <source>online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>线上线下结合</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>演讲嘉宾</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>panelist</source>
        <translation>对话嘉宾</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>译员</translation>
    </message>
    <message>
        <source>crew</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>host</source>
        <translation>主办方</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>远程</translation>
    </message>
    <message>
        <source>attends</source>
        <translation>参加</translation>
    </message>
    <message>
        <source>interested</source>
        <translation>感兴趣</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>观众</translation>
    </message>
    <message>
        <source>before</source>
        <translation>先于</translation>
    </message>
    <message>
        <source>same time</source>
        <translation>同时</translation>
    </message>
    <message>
        <source>not same time</source>
        <translation>不同时</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>同一天</translation>
    </message>
    <message>
        <source>different day</source>
        <translation>不同日</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>preferred</source>
        <translation>首选</translation>
    </message>
    <message>
        <source>undesired</source>
        <translation>不宜</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>prohibited</source>
        <translation>禁止</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>e.g. Asia/Shanghai</source>
        <translation>例如 Asia/Shanghai</translation>
    </message>
</context>
</TS>
