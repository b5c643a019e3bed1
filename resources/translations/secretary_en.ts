<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Thư ký cấp ủy</source>
        <translation>Committee Secretary</translation>
    </message>
    <message>
        <source>Ghi biên bản cuộc họp, theo dõi kết luận và in văn bản đúng thể thức cho văn phòng cấp ủy.</source>
        <translation>Meeting minutes, follow-up of conclusions and correctly formatted documents for a committee office.</translation>
    </message>
    <message>
        <source>Hoạt động hoàn toàn ngoại tuyến: không cần mạng Internet, dữ liệu chỉ nằm trên máy này.</source>
        <translation>Works completely offline: no Internet needed, the data stays on this computer.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu đang mở:</source>
        <translation>Open data file:</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Phiên bản {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <source>(chưa mở tệp nào)</source>
        <translation>(no file open)</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Nội dung</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Người trình bày</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Thêm nội dung</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Thêm một nội dung vào cuối chương trình (Ctrl+Ins)</source>
        <translation>Add an item at the end of the agenda (Ctrl+Ins)</translation>
    </message>
    <message>
        <source>Xóa nội dung đang chọn (Ctrl+Del)</source>
        <translation>Remove the selected item (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Chuyển nội dung đang chọn lên trên (Ctrl+↑)</source>
        <translation>Move the selected item up (Ctrl+↑)</translation>
    </message>
    <message>
        <source>Chuyển nội dung đang chọn xuống dưới (Ctrl+↓)</source>
        <translation>Move the selected item down (Ctrl+↓)</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Xuất hồ sơ năm</source>
        <translation>Export annual records</translation>
    </message>
    <message>
        <source>Xuất mọi biên bản và văn bản đã ban hành của một năm thành các tệp PDF, kèm mục lục hồ sơ và tệp kiểm tra (manifest.json), vào một thư mục mới.</source>
        <translation>Exports all minutes and issued documents of one year as PDF files, with a records index and a checksum file (manifest.json), into a new folder.</translation>
    </message>
    <message>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Lưu vào thư mục:</source>
        <translation>&amp;Save to folder:</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Xuất hồ sơ</source>
        <translation>Export records</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AttendanceEditor</name>
    <message>
        <source>Thêm tất cả ủy viên</source>
        <translation>Add all members</translation>
    </message>
    <message>
        <source>Thêm mọi ủy viên cấp ủy đang hoạt động chưa có trong danh sách (Ctrl+Shift+A)</source>
        <translation>Add every active committee member not yet in the list (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Chọn một người trong danh sách cán bộ, đảng viên để thêm</source>
        <translation>Choose a person from the list of officials and Party members to add</translation>
    </message>
    <message>
        <source>Thêm người</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Thêm khách mời</source>
        <translation>Add guest</translation>
    </message>
    <message>
        <source>Xóa dòng</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Tình hình dự họp</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Lý do vắng</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <source>Điểm cầu</source>
        <translation>Remote site</translation>
    </message>
    <message>
        <source>Đảng viên</source>
        <translation>Party member</translation>
    </message>
    <message>
        <source>Khách mời</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>Chính thức</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>Dự bị</source>
        <translation>Probationary</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Tổng số: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Total: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Chính thức: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Full members: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dự bị: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Probationary: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Có mặt: &lt;b&gt;{0}&lt;/b&gt; (trực tuyến {1})</source>
        <translation>Present: &lt;b&gt;{0}&lt;/b&gt; (online {1})</translation>
    </message>
    <message>
        <source>Vắng: &lt;b&gt;{0}&lt;/b&gt; (có lý do {1}, không lý do {2})</source>
        <translation>Absent: &lt;b&gt;{0}&lt;/b&gt; (excused {1}, unexcused {2})</translation>
    </message>
    <message>
        <source>Khách mời không tính vào số đảng viên; dự trực tuyến tính là có mặt.</source>
        <translation>Guests are not counted as Party members; attending online counts as present.</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Chưa lưu…</source>
        <translation>Not saved yet…</translation>
    </message>
    <message>
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>lỗi chương trình (đã ghi vào nhật ký).</source>
        <translation>program error (written to the log).</translation>
    </message>
    <message>
        <source>Đã lưu lúc {0}</source>
        <translation>Saved at {0}</translation>
    </message>
    <message>
        <source>Chưa lưu được: {0} Phần đã gõ vẫn còn; sẽ tự thử lại sau {1} giây.</source>
        <translation>Could not save: {0} What you typed is kept; retrying in {1} seconds.</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Nơi sửa cuối</source>
        <translation>Last changed at</translation>
    </message>
    <message>
        <source>Tại đây</source>
        <translation>Here</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <source>Kiểm điểm việc thực hiện kết luận</source>
        <translation>Review implementation of conclusions</translation>
    </message>
    <message>
        <source>Chọn các kết luận, nhiệm vụ chưa hoàn thành cần đưa vào chương trình cuộc họp (việc quá hạn ở đầu danh sách).</source>
        <translation>Choose the unfinished conclusions/tasks to put on the meeting agenda (overdue ones are listed first).</translation>
    </message>
    <message>
        <source>Thêm vào chương trình</source>
        <translation>Add to agenda</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message>
        <source>Soạn thông báo kết luận</source>
        <translation>Compose notice of conclusions</translation>
    </message>
    <message>
        <source>Thông báo kết luận</source>
        <translation>Notice of conclusions</translation>
    </message>
    <message>
        <source>Cấp số…</source>
        <translation>Assign number…</translation>
    </message>
    <message>
        <source>Lấy số tiếp theo trong sổ văn bản đi và ban hành văn bản (Ctrl+Enter)</source>
        <translation>Take the next number in the outgoing register and issue the document (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Tạo bản đính chính</source>
        <translation>Create correction</translation>
    </message>
    <message>
        <source>Văn bản đã ban hành không sửa được: tạo một dự thảo mới thay thế nó</source>
        <translation>An issued document cannot be edited: create a new draft that replaces it</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>In qua hộp thoại in của hệ thống (Ctrl+P)</source>
        <translation>Print via the system print dialog (Ctrl+P)</translation>
    </message>
    <message>
        <source>Xuất PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Xuất Word…</source>
        <translation>Export Word…</translation>
    </message>
    <message>
        <source>Nhấn vào một lỗi để đến ô cần sửa</source>
        <translation>Click an error to go to the field to correct</translation>
    </message>
    <message>
        <source>&amp;Nội dung</source>
        <translation>&amp;Content</translation>
    </message>
    <message>
        <source>&amp;Trích yếu:</source>
        <translation>Su&amp;bject:</translation>
    </message>
    <message>
        <source>Địa &amp;danh, ngày:</source>
        <translation>&amp;Place, date:</translation>
    </message>
    <message>
        <source>Kính &amp;gửi (mỗi dòng một nơi):</source>
        <translation>A&amp;ddressed to (one per line):</translation>
    </message>
    <message>
        <source>Thẩm quyền &amp;ban hành:</source>
        <translation>E&amp;nacting body:</translation>
    </message>
    <message>
        <source>BAN THƯỜNG VỤ ĐẢNG ỦY …</source>
        <translation>e.g. BAN THƯỜNG VỤ ĐẢNG ỦY …</translation>
    </message>
    <message>
        <source>Căn &amp;cứ (mỗi dòng một căn cứ):</source>
        <translation>Bas&amp;es, “Căn cứ …” (one per line):</translation>
    </message>
    <message>
        <source>Nội d&amp;ung:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Cập nhật từ biên bản…</source>
        <translation>Update from the minutes…</translation>
    </message>
    <message>
        <source>Đưa các thay đổi của biên bản (kết luận, nhiệm vụ thêm, bỏ, sửa) vào dự thảo; xem và chọn từng thay đổi, phần bạn tự gõ được giữ nguyên</source>
        <translation>Bring the changes of the minutes (conclusions, tasks added, removed, reworded) into the draft; review and choose each change, what you typed yourself is kept</translation>
    </message>
    <message>
        <source>Đoạn văn</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <source>Dòng hiện tại là đoạn văn (Ctrl+1)</source>
        <translation>Make the current line a paragraph (Ctrl+1)</translation>
    </message>
    <message>
        <source>Đề mục</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Dòng hiện tại là đề mục in đậm, ví dụ “1. Kết luận Hội nghị” (Ctrl+2)</source>
        <translation>Make the current line a bold heading, e.g. “1. Kết luận Hội nghị” (Ctrl+2)</translation>
    </message>
    <message>
        <source>Nhóm nhiệm vụ</source>
        <translation>Task group</translation>
    </message>
    <message>
        <source>Dòng hiện tại là nhóm nhiệm vụ, ví dụ “Về công tác thông tin:” (Ctrl+3)</source>
        <translation>Make the current line a task group, e.g. “Về công tác thông tin:” (Ctrl+3)</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Dòng hiện tại là một nhiệm vụ “- …”, được theo dõi sau khi ban hành (Ctrl+4)</source>
        <translation>Make the current line a task “- …”, followed up after issue (Ctrl+4)</translation>
    </message>
    <message>
        <source>Mỗi dòng là một khối. “# ” đầu dòng: đề mục; “## ”: nhóm nhiệm vụ; “- ”: nhiệm vụ; “---”: sang trang; còn lại: đoạn văn.</source>
        <translation>Each line is a block. A line starting with “# ” is a heading; “## ”: task group; “- ”: task; “---”: page break; anything else: paragraph.</translation>
    </message>
    <message>
        <source>Nhiệ&amp;m vụ, thời hạn</source>
        <translation>&amp;Tasks, deadlines</translation>
    </message>
    <message>
        <source>Mỗi nhiệm vụ “- …” trong phần kết luận sẽ được theo dõi sau khi ban hành. Chọn đơn vị chủ trì, đơn vị phối hợp và thời hạn (hoặc “Thường xuyên”).</source>
        <translation>Each task “- …” in the conclusions is followed up after issue. Choose the lead unit, cooperating units and deadline (or “Ongoing”).</translation>
    </message>
    <message>
        <source>Phần kết luận chưa có nhiệm vụ nào. Trong thẻ “Nội dung”, gõ một dòng nhóm “## Về công tác …:” rồi mỗi nhiệm vụ một dòng bắt đầu bằng “- ”.</source>
        <translation>The conclusions contain no tasks yet. On the “Content” tab, type a group line “## Về công tác …:”, then one line per task starting with “- ”.</translation>
    </message>
    <message>
        <source>&amp;Ký, nơi nhận</source>
        <translation>&amp;Signature, recipients</translation>
    </message>
    <message>
        <source>&amp;Người ký:</source>
        <translation>Si&amp;gner:</translation>
    </message>
    <message>
        <source>&amp;Quyền hạn ký:</source>
        <translation>&amp;Authority:</translation>
    </message>
    <message>
        <source>T/M ĐẢNG ỦY</source>
        <translation>e.g. T/M ĐẢNG ỦY</translation>
    </message>
    <message>
        <source>&amp;Chức vụ:</source>
        <translation>Pos&amp;ition:</translation>
    </message>
    <message>
        <source>PHÓ BÍ THƯ</source>
        <translation>e.g. PHÓ BÍ THƯ</translation>
    </message>
    <message>
        <source>&amp;Họ và tên:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>Nơi nhận (mỗi dòng &amp;một nơi):</source>
        <translation>Recipients (&amp;one per line):</translation>
    </message>
    <message>
        <source>Độ &amp;mật:</source>
        <translation>C&amp;lassification:</translation>
    </message>
    <message>
        <source>Độ &amp;khẩn:</source>
        <translation>&amp;Urgency:</translation>
    </message>
    <message>
        <source>(nhập tay)</source>
        <translation>(typed in)</translation>
    </message>
    <message>
        <source>(không)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Đã ban hành: Số {0}, ngày {1}. Văn bản đã ban hành không sửa được; muốn sửa, hãy tạo bản đính chính.</source>
        <translation>Issued: No. {0}, dated {1}. An issued document cannot be edited; to change it, create a correction.</translation>
    </message>
    <message>
        <source>{0} số {1}</source>
        <translation>{0} No. {1}</translation>
    </message>
    <message>
        <source>Dự thảo — tự động lưu khi bạn gõ.</source>
        <translation>Draft — saved automatically as you type.</translation>
    </message>
    <message>
        <source>Bản đính chính (phiên bản {0}) — dự thảo, tự động lưu.</source>
        <translation>Correction (version {0}) — draft, saved automatically.</translation>
    </message>
    <message>
        <source>Soạn {0}</source>
        <translation>Draft: {0}</translation>
    </message>
    <message>
        <source>Biên bản đã thay đổi sau khi soạn dự thảo: bấm “Cập nhật từ biên bản…”.</source>
        <translation>The minutes changed after this draft was made: click “Update from the minutes…”.</translation>
    </message>
    <message>
        <source>(chưa có trích yếu)</source>
        <translation>(no subject yet)</translation>
    </message>
    <message>
        <source>Các nhiệm vụ đã được đưa vào theo dõi khi ban hành văn bản này.</source>
        <translation>These tasks were put under follow-up when this document was issued.</translation>
    </message>
    <message>
        <source>Mỗi nhiệm vụ “- …” trong phần kết luận sẽ được theo dõi sau khi ban hành. Chọn đơn vị chủ trì, đơn vị phối hợp và thời hạn: một ngày (31/12/2021), một mốc bằng chữ (Quý IV/2021) hoặc đánh dấu “Thường xuyên”.</source>
        <translation>Each task “- …” in the conclusions is followed up after issue. Choose the lead unit, cooperating units and deadline: a date (31/12/2021), a milestone in words (Quý IV/2021) or tick “Ongoing”.</translation>
    </message>
    <message>
        <source>Nhiệ&amp;m vụ, thời hạn ({0})</source>
        <translation>&amp;Tasks, deadlines ({0})</translation>
    </message>
    <message>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Phối hợp</source>
        <translation>Cooperating</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Thường xuyên</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Thời hạn “{0}”: {1} ({2} để ghi nguyên văn)</source>
        <translation>Deadline “{0}”: {1} ({2} keeps the words as they are)</translation>
    </message>
    <message>
        <source>Gợi ý: nhiệm vụ thường xuyên — {0} để nhận</source>
        <translation>Suggestion: an ongoing task — {0} to accept</translation>
    </message>
    <message>
        <source>Gợi ý thời hạn: {0} (theo “{1}”) — {2} để nhận</source>
        <translation>Suggested deadline: {0} (from “{1}”) — {2} to accept</translation>
    </message>
    <message>
        <source>(không thuộc nhóm nào)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <source>— chọn đơn vị —</source>
        <translation>— choose unit —</translation>
    </message>
    <message>
        <source>{0} (đã ngừng)</source>
        <translation>{0} (inactive)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>↳ Đã có: nhiệm vụ #{0}, không tạo lại</source>
        <translation>↳ Already there: task #{0}, not created again</translation>
    </message>
    <message>
        <source>↳ Thay thế nhiệm vụ #{0} (nhiệm vụ cũ được đánh dấu)</source>
        <translation>↳ Replaces task #{0} (the old task is marked)</translation>
    </message>
    <message>
        <source>↳ Mới: sẽ tạo nhiệm vụ khi ban hành</source>
        <translation>↳ New: a task is created on issuing</translation>
    </message>
    <message>
        <source>Một ngày (31/12/2021) để theo dõi quá hạn, hoặc một mốc bằng chữ (Quý IV/2021).</source>
        <translation>A date (31/12/2021) to track overdue tasks, or a milestone in words (Quý IV/2021).</translation>
    </message>
    <message>
        <source>Nhiệm vụ thường xuyên: không có hạn, không bao giờ quá hạn</source>
        <translation>Ongoing task: no deadline, never overdue</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nhiệ&amp;m vụ đã giao ({0})</source>
        <translation>Assigned &amp;tasks ({0})</translation>
    </message>
    <message>
        <source>Chưa lưu được dự thảo</source>
        <translation>Could not save the draft</translation>
    </message>
    <message>
        <source>Dự thảo — đã lưu lúc {0}.</source>
        <translation>Draft — saved at {0}.</translation>
    </message>
    <message>
        <source>Cấp số văn bản</source>
        <translation>Assign document number</translation>
    </message>
    <message>
        <source>Văn bản sẽ được cấp Số {0}, ngày {1}.

Sau khi cấp số, văn bản không sửa được nữa; muốn sửa phải tạo bản đính chính. Cấp số ngay?</source>
        <translation>The document will be given No. {0}, dated {1}.

Once numbered, the document can no longer be edited; to change it you must create a correction. Assign the number now?</translation>
    </message>
    <message>
        <source>Cấp số {0}</source>
        <translation>Assign No. {0}</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đã có dự thảo</source>
        <translation>Draft already exists</translation>
    </message>
    <message>
        <source>Cuộc họp này đã có dự thảo thông báo kết luận (lưu lần cuối {0}). Mở dự thảo đó hay soạn một dự thảo mới từ biên bản?</source>
        <translation>This meeting already has a draft notice of conclusions (last saved {0}). Open that draft or compose a new one from the minutes?</translation>
    </message>
    <message>
        <source>Mở dự thảo</source>
        <translation>Open draft</translation>
    </message>
    <message>
        <source>Soạn mới</source>
        <translation>Compose new</translation>
    </message>
    <message>
        <source>Chưa soạn được thông báo</source>
        <translation>Could not compose the notice</translation>
    </message>
    <message>
        <source>Mở thông báo đã ban hành</source>
        <translation>Open the issued notice</translation>
    </message>
    <message>
        <source>Mở dự thảo đang soạn</source>
        <translation>Open the draft in progress</translation>
    </message>
    <message>
        <source>Soạn thông báo bổ sung, điều chỉnh</source>
        <translation>Draft a supplementary/correcting notice</translation>
    </message>
    <message>
        <source>Đã ban hành thông báo kết luận</source>
        <translation>Conclusion notice already issued</translation>
    </message>
    <message>
        <source>Cuộc họp này đã có Thông báo số {0} (đã ban hành, đã giao nhiệm vụ). Soạn thêm một thông báo như thế sẽ giao trùng các nhiệm vụ.

Mở thông báo đã ban hành, hay soạn thông báo bổ sung, điều chỉnh? Khi ban hành thông báo bổ sung, chỉ nhiệm vụ mới được tạo; nhiệm vụ đã có không tạo lại, nhiệm vụ được sửa thì thay nhiệm vụ cũ.</source>
        <translation>This meeting already has Notice No. {0} (issued, tasks assigned). Another such notice would assign the tasks twice.

Open the issued notice, or draft a supplementary/correcting notice? Issuing a supplement creates only the new tasks; existing tasks are not created again, and revised tasks replace the old ones.</translation>
    </message>
    <message>
        <source>Không cấp số được</source>
        <translation>Could not assign a number</translation>
    </message>
    <message>
        <source>Số đã thay đổi</source>
        <translation>Number changed</translation>
    </message>
    <message>
        <source>Trong lúc chờ, Số {0} đã được cấp cho một văn bản khác. Văn bản này nhận Số {1}.</source>
        <translation>Meanwhile, No. {0} was given to another document. This document received No. {1}.</translation>
    </message>
    <message>
        <source>Không tạo được bản đính chính</source>
        <translation>Could not create the correction</translation>
    </message>
    <message>
        <source>Du-thao-{0}</source>
        <translation>Draft-{0}</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Dự thảo chưa lưu được. Đóng cửa sổ và bỏ các thay đổi chưa lưu?</source>
        <translation>The draft could not be saved. Close the window and discard the unsaved changes?</translation>
    </message>
    <message>
        <source>Đóng, bỏ thay đổi</source>
        <translation>Close, discard changes</translation>
    </message>
    <message>
        <source>Ở lại</source>
        <translation>Stay</translation>
    </message>
</context>
<context>
    <name>ConfirmTasksDialog</name>
    <message>
        <source>Văn bản đến số {0}/{1}: {2} — {3}</source>
        <translation>Incoming document {0}/{1}: {2} — {3}</translation>
    </message>
    <message>
        <source>Theo dõi</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Văn bản ghi</source>
        <translation>Document says</translation>
    </message>
    <message>
        <source>(chưa giao)</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <source>Văn bản ghi: {0}</source>
        <translation>The document says: {0}</translation>
    </message>
    <message>
        <source>Thường xuyên</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>{0}/{1} nhiệm vụ sẽ được theo dõi</source>
        <translation>{0}/{1} tasks will be tracked</translation>
    </message>
    <message>
        <source>Dòng {0}: {1}</source>
        <translation>Row {0}: {1}</translation>
    </message>
    <message>
        <source>Chưa chọn nhiệm vụ nào để theo dõi.</source>
        <translation>No task is ticked to track.</translation>
    </message>
    <message>
        <source>Văn bản chưa vào sổ.</source>
        <translation>The document is not registered yet.</translation>
    </message>
</context>
<context>
    <name>DirectiveActionDialog</name>
    <message>
        <source>&amp;Ngày:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Đơn vị &amp;chủ trì:</source>
        <translation>&amp;Lead unit:</translation>
    </message>
    <message>
        <source>&amp;Ghi chú:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Văn bản &amp;báo cáo:</source>
        <translation>&amp;Report document:</translation>
    </message>
    <message>
        <source>Không bắt buộc, ví dụ: Báo cáo số 12-BC/BTC ngày 20/12/2021</source>
        <translation>Optional, e.g. Báo cáo số 12-BC/BTC ngày 20/12/2021</translation>
    </message>
    <message>
        <source>Đánh dấu hoàn thành</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Ghi tiến độ thực hiện</source>
        <translation>Record progress</translation>
    </message>
    <message>
        <source>Mở lại kết luận, nhiệm vụ</source>
        <translation>Reopen conclusions/tasks</translation>
    </message>
    <message>
        <source>Giao lại đơn vị chủ trì</source>
        <translation>Reassign lead unit</translation>
    </message>
    <message>
        <source>Ngày &amp;hoàn thành:</source>
        <translation>&amp;Completed on:</translation>
    </message>
    <message>
        <source>&amp;Kết quả:</source>
        <translation>Res&amp;ult:</translation>
    </message>
    <message>
        <source>&amp;Tiến độ:</source>
        <translation>&amp;Progress:</translation>
    </message>
    <message>
        <source>&amp;Lý do mở lại:</source>
        <translation>&amp;Reason for reopening:</translation>
    </message>
    <message>
        <source>&amp;Lý do:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>{0} kết luận, nhiệm vụ đã chọn.</source>
        <translation>{0} conclusions/tasks selected.</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DirectiveChangeDialog</name>
    <message>
        <source>&amp;Hạn mới:</source>
        <translation>&amp;New deadline:</translation>
    </message>
    <message>
        <source>Thường &amp;xuyên</source>
        <translation>&amp;Ongoing</translation>
    </message>
    <message>
        <source>Thời hạn bằng &amp;chữ:</source>
        <translation>Deadline in &amp;words:</translation>
    </message>
    <message>
        <source>Không bắt buộc, ví dụ: Quý I/2027 (in trên văn bản)</source>
        <translation>Optional, e.g. Quý I/2027 (printed on documents)</translation>
    </message>
    <message>
        <source>&amp;Nội dung:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Các đơn vị &amp;chủ trì:</source>
        <translation>&amp;Lead units:</translation>
    </message>
    <message>
        <source>&amp;Giữ lại nhiệm vụ:</source>
        <translation>&amp;Keep the task:</translation>
    </message>
    <message>
        <source>&amp;Lý do:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Người cho phép:</source>
        <translation>&amp;Allowed by:</translation>
    </message>
    <message>
        <source>Không bắt buộc, ví dụ: đồng chí Bí thư Đảng ủy</source>
        <translation>Optional, e.g. the Party Committee Secretary</translation>
    </message>
    <message>
        <source>Gia hạn nhiệm vụ</source>
        <translation>Extend the task</translation>
    </message>
    <message>
        <source>Đặt thời hạn cho nhiệm vụ</source>
        <translation>Set the task&apos;s deadline</translation>
    </message>
    <message>
        <source>Hủy nhiệm vụ</source>
        <translation>Cancel the task</translation>
    </message>
    <message>
        <source>Sửa nội dung nhiệm vụ</source>
        <translation>Edit the task&apos;s text</translation>
    </message>
    <message>
        <source>Tách nhiệm vụ theo đơn vị chủ trì</source>
        <translation>Split the task by lead unit</translation>
    </message>
    <message>
        <source>Gộp các nhiệm vụ trùng</source>
        <translation>Merge duplicate tasks</translation>
    </message>
    <message>
        <source>Lý do (không bắt buộc):</source>
        <translation>Reason (optional):</translation>
    </message>
    <message>
        <source>&amp;Thời hạn:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>{0} kết luận, nhiệm vụ đã chọn.</source>
        <translation>{0} conclusions/tasks selected.</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DirectiveHistoryDialog</name>
    <message>
        <source>Lịch sử kết luận, nhiệm vụ</source>
        <translation>Conclusion/task history</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Việc</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Người ghi</source>
        <translation>Recorded by</translation>
    </message>
</context>
<context>
    <name>DirectivesPage</name>
    <message>
        <source>Kết luận/Nhiệm vụ</source>
        <translation>Conclusions/Tasks</translation>
    </message>
    <message>
        <source>Theo dõi việc thực hiện các kết luận. Chọn dòng rồi bấm phím cách (Space) hoặc Ctrl+Enter để đánh dấu hoàn thành; chọn nhiều dòng bằng Ctrl hoặc Shift.</source>
        <translation>Follow up the implementation of conclusions. Select rows and press Space or Ctrl+Enter to mark them done; select several rows with Ctrl or Shift.</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Văn bản nguồn (thông báo kết luận)</source>
        <translation>Source document (notice of conclusions)</translation>
    </message>
    <message>
        <source>Hạn từ</source>
        <translation>Due from</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Lọc theo nội dung (gõ không dấu được)</source>
        <translation>Filter by content (diacritics optional)</translation>
    </message>
    <message>
        <source>Cách sắp xếp và nhóm</source>
        <translation>Sorting and grouping</translation>
    </message>
    <message>
        <source>Hoàn thành…</source>
        <translation>Done…</translation>
    </message>
    <message>
        <source>Đánh dấu các dòng đã chọn là hoàn thành (Space hoặc Ctrl+Enter)</source>
        <translation>Mark the selected rows as done (Space or Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ghi tiến độ…</source>
        <translation>Progress…</translation>
    </message>
    <message>
        <source>Mở lại…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Giao lại…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <source>Gia hạn…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <source>Gia hạn (hạn cũ được giữ lại), hoặc đặt thời hạn cho nhiệm vụ chưa có hạn</source>
        <translation>Extend the deadline (the old one is kept), or set one for a task that has none</translation>
    </message>
    <message>
        <source>Hủy…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <source>Hủy nhiệm vụ, có lý do (vẫn giữ trong danh sách, có thể mở lại)</source>
        <translation>Cancel the task with a reason (it stays listed and can be reopened)</translation>
    </message>
    <message>
        <source>Điều chỉnh</source>
        <translation>Adjust</translation>
    </message>
    <message>
        <source>Sửa nội dung, tách theo đơn vị, gộp các mục trùng</source>
        <translation>Edit the text, split by unit, merge duplicates</translation>
    </message>
    <message>
        <source>Lịch sử</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Báo cáo…</source>
        <translation>Report…</translation>
    </message>
    <message>
        <source>Xuất CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Không có kết luận, nhiệm vụ nào khớp với bộ lọc.</source>
        <translation>No conclusions/tasks match the filter.</translation>
    </message>
    <message>
        <source>Tải thêm</source>
        <translation>Load more</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nhóm theo văn bản</source>
        <translation>Group by document</translation>
    </message>
    <message>
        <source>Nhóm theo văn bản và nội dung</source>
        <translation>Group by document and section</translation>
    </message>
    <message>
        <source>Không nhóm, hạn gần nhất trước</source>
        <translation>No grouping, nearest deadline first</translation>
    </message>
    <message>
        <source>Việc chưa xong (mặc định)</source>
        <translation>Not yet done (default)</translation>
    </message>
    <message>
        <source>Tất cả trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Trạng thái: tất cả</source>
        <translation>Status: all</translation>
    </message>
    <message>
        <source>Trạng thái: chưa xong</source>
        <translation>Status: not done</translation>
    </message>
    <message>
        <source>Trạng thái: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <source>Trạng thái: {0} mục</source>
        <translation>Status: {0} selected</translation>
    </message>
    <message>
        <source>Tất cả đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Tất cả văn bản</source>
        <translation>All documents</translation>
    </message>
    <message>
        <source>Đang hiện {0} trong số {1} kết luận, nhiệm vụ — cuộn xuống cuối để xem tiếp</source>
        <translation>Showing {0} of {1} conclusions/tasks — scroll to the bottom to see more</translation>
    </message>
    <message>
        <source>{0} kết luận, nhiệm vụ</source>
        <translation>{0} conclusions/tasks</translation>
    </message>
    <message>
        <source>Xuất danh sách ra CSV</source>
        <translation>Export the list to CSV</translation>
    </message>
    <message>
        <source>Tệp CSV, mở bằng Excel (*.csv)</source>
        <translation>CSV files, open with Excel (*.csv)</translation>
    </message>
    <message>
        <source>Tệp đã có</source>
        <translation>File exists</translation>
    </message>
    <message>
        <source>Tệp “{0}” đã có. Ghi đè?</source>
        <translation>The file “{0}” already exists. Overwrite it?</translation>
    </message>
    <message>
        <source>Ghi đè</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đã xuất: {0}</source>
        <translation>Exported: {0}</translation>
    </message>
    <message>
        <source>Sửa nội dung…</source>
        <translation>Edit text…</translation>
    </message>
    <message>
        <source>Tách theo đơn vị…</source>
        <translation>Split by unit…</translation>
    </message>
    <message>
        <source>Gộp các mục trùng…</source>
        <translation>Merge duplicates…</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Thông báo kết luận, biên bản và các văn bản khác của cấp ủy. Mở một dự thảo để sửa, xem trước và cấp số; văn bản đã ban hành mở ở chế độ chỉ xem.</source>
        <translation>Notices of conclusions, minutes and other documents of the committee. Open a draft to edit, preview and assign a number; issued documents open read-only.</translation>
    </message>
    <message>
        <source>Danh sách văn bản</source>
        <translation>Document list</translation>
    </message>
    <message>
        <source>&amp;Mở</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Mở văn bản đang chọn (Enter hoặc nhấp đúp)</source>
        <translation>Open the selected document (Enter or double-click)</translation>
    </message>
    <message>
        <source>&amp;Xóa dự thảo</source>
        <translation>&amp;Delete draft</translation>
    </message>
    <message>
        <source>Chuyển dự thảo đang chọn vào Thùng rác (văn bản đã ban hành không xóa được)</source>
        <translation>Move the selected draft to the Recycle Bin (issued documents cannot be deleted)</translation>
    </message>
    <message>
        <source>&amp;Bản có chữ ký</source>
        <translation>&amp;Signed copy</translation>
    </message>
    <message>
        <source>Lưu hoặc mở bản quét có chữ ký, đóng dấu của văn bản đã ban hành</source>
        <translation>Keep or open the signed and stamped scan of an issued document</translation>
    </message>
    <message>
        <source>&amp;Soạn thông báo kết luận</source>
        <translation>&amp;Compose notice of conclusions</translation>
    </message>
    <message>
        <source>Soạn thông báo kết luận từ biên bản một cuộc họp</source>
        <translation>Compose a notice of conclusions from a meeting&apos;s minutes</translation>
    </message>
    <message>
        <source>Lọc theo số, trích yếu, người ký…</source>
        <translation>Filter by number, subject, signer…</translation>
    </message>
    <message>
        <source>Chưa có văn bản nào. Chọn “Soạn thông báo kết luận” để soạn từ biên bản một cuộc họp.</source>
        <translation>No documents yet. Choose “Compose notice of conclusions” to compose one from a meeting&apos;s minutes.</translation>
    </message>
    <message>
        <source>Sổ văn bản đi</source>
        <translation>Outgoing register</translation>
    </message>
    <message>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Xem trước</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>&amp;In sổ…</source>
        <translation>&amp;Print register…</translation>
    </message>
    <message>
        <source>Xuất &amp;PDF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>Xuất &amp;Word…</source>
        <translation>Export &amp;Word…</translation>
    </message>
    <message>
        <source>{0} (phiên bản {1})</source>
        <translation>{0} (version {1})</translation>
    </message>
    <message>
        <source>Số, ký hiệu</source>
        <translation>Number, symbol</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bản ký</source>
        <translation>Signed copy</translation>
    </message>
    <message>
        <source>Tổng số: {0}</source>
        <translation>Total: {0}</translation>
    </message>
    <message>
        <source>{0}/{1} văn bản</source>
        <translation>{0}/{1} documents</translation>
    </message>
    <message>
        <source>Tất cả các năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>{0} văn bản</source>
        <translation>{0} documents</translation>
    </message>
    <message>
        <source>Xóa dự thảo</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Chuyển dự thảo “{0}” vào Thùng rác?
Có thể khôi phục ở Dữ liệu ▸ Thùng rác…</source>
        <translation>Move the draft “{0}” to the Recycle Bin?
It can be restored from Data ▸ Recycle Bin…</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Không xóa</source>
        <translation>Don&apos;t delete</translation>
    </message>
    <message>
        <source>Không xóa được văn bản</source>
        <translation>Cannot delete the document</translation>
    </message>
    <message>
        <source>(chưa có cuộc họp nào)</source>
        <translation>(no meetings yet)</translation>
    </message>
    <message>
        <source>So-van-ban-di-{0}</source>
        <translation>Outgoing-register-{0}</translation>
    </message>
    <message>
        <source>So-van-ban-di</source>
        <translation>Outgoing-register</translation>
    </message>
    <message>
        <source>In sổ văn bản đi</source>
        <translation>Print the outgoing register</translation>
    </message>
    <message>
        <source>In mọi văn bản trong sổ (một lệnh in)</source>
        <translation>Print every document in the register (one job)</translation>
    </message>
    <message>
        <source>In mọi biên bản năm {0} (một lệnh in)</source>
        <translation>Print every minutes of {0} (one print job)</translation>
    </message>
    <message>
        <source>(chưa cấp số)</source>
        <translation>(not numbered yet)</translation>
    </message>
</context>
<context>
    <name>EntryWidget</name>
    <message>
        <source>Nội dung báo cáo, trình bày… (Ctrl+Enter: thêm mục ghi mới)</source>
        <translation>Report or presentation… (Ctrl+Enter: new entry)</translation>
    </message>
    <message>
        <source>Ý kiến phát biểu… (Ctrl+Enter: thêm mục ghi mới)</source>
        <translation>Comment… (Ctrl+Enter: new entry)</translation>
    </message>
    <message>
        <source>Kết luận của đồng chí chủ trì… (Ctrl+Enter: thêm mục ghi mới)</source>
        <translation>Conclusion of the chair… (Ctrl+Enter: new entry)</translation>
    </message>
    <message>
        <source>Nội dung biểu quyết, ví dụ: Thông qua Nghị quyết… (Ctrl+Enter: thêm mục)</source>
        <translation>Matter voted on, e.g. Thông qua Nghị quyết… (Ctrl+Enter: new entry)</translation>
    </message>
    <message>
        <source>Tổng {0} — tán thành {1:g}%, không tán thành {2:g}%, ý kiến khác {3:g}%</source>
        <translation>Total {0} — in favour {1:g}%, against {2:g}%, other {3:g}%</translation>
    </message>
    <message>
        <source> — lưu ý: nhiều hơn số đảng viên có mặt ({0})</source>
        <translation> — note: more than the Party members present ({0})</translation>
    </message>
    <message>
        <source> — chưa đạt: tán thành {0}/{1}, cần hơn một nửa ({2})</source>
        <translation> — not carried: {0}/{1} in favour, more than half ({2}) needed</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Đã xảy ra lỗi không mong muốn. Công việc đã lưu trước đó không bị ảnh hưởng; nếu lỗi lặp lại, hãy bấm “Sao chép chi tiết” và gửi nội dung cho người hỗ trợ kỹ thuật.</source>
        <translation>An unexpected error occurred. Work saved before is not affected; if the error happens again, click “Copy details” and send the text to technical support.</translation>
    </message>
    <message>
        <source>Sao chép chi tiết</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Chi tiết cũng đã được ghi vào nhật ký: {0}</source>
        <translation>The details were also written to the log: {0}</translation>
    </message>
    <message>
        <source>Đã sao chép.</source>
        <translation>Copied.</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>Trao đổi với đơn vị</source>
        <translation>Exchange with sites</translation>
    </message>
    <message>
        <source>Đơn vị &amp;này:</source>
        <translation>&amp;This site:</translation>
    </message>
    <message>
        <source>Tên đơn vị này như đơn vị kia sẽ thấy, ví dụ “CQTT miền Trung”</source>
        <translation>This site’s name as the other site will see it, e.g. “CQTT miền Trung”</translation>
    </message>
    <message>
        <source>Xuất tệp &amp;định danh…</source>
        <translation>Export &amp;identity file…</translation>
    </message>
    <message>
        <source>Ghi tệp định danh của đơn vị này (không chứa khóa bí mật) để đơn vị kia ghép nối</source>
        <translation>Write this site’s identity file (it holds no secret key) for the other site to pair with</translation>
    </message>
    <message>
        <source>Đơn vị đã ghép nối</source>
        <translation>Paired sites</translation>
    </message>
    <message>
        <source>Chưa ghép nối với đơn vị nào. Hai bên trao đổi tệp định danh (qua USB hoặc công văn), đọc cho nhau mã nhận dạng qua điện thoại, rồi nhấn “Ghép nối…”.</source>
        <translation>Not paired with any site yet. Both sides exchange identity files (by USB stick or official mail), read each other the fingerprint over the phone, then press “Pair…”.</translation>
    </message>
    <message>
        <source>&amp;Ghép nối…</source>
        <translation>&amp;Pair…</translation>
    </message>
    <message>
        <source>&amp;Hủy ghép nối</source>
        <translation>&amp;Unpair</translation>
    </message>
    <message>
        <source>&amp;Xuất gói…</source>
        <translation>E&amp;xport packet…</translation>
    </message>
    <message>
        <source>Ghi gói dữ liệu cho đơn vị đang chọn vào một thư mục (USB)</source>
        <translation>Write a data packet for the selected site into a folder (USB stick)</translation>
    </message>
    <message>
        <source>&amp;Nhận gói…</source>
        <translation>&amp;Receive packet…</translation>
    </message>
    <message>
        <source>Mở gói dữ liệu nhận được, xem trước những gì sẽ thay đổi rồi áp dụng</source>
        <translation>Open a received data packet, preview what will change, then apply it</translation>
    </message>
    <message>
        <source>Chờ gửi</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Cả hai bên đã sửa cùng một mục kể từ lần trao đổi trước. Hai giá trị được giữ nguyên cho đến khi anh/chị chọn.</source>
        <translation>Both sides changed the same item since the last exchange. Both values are kept until you choose.</translation>
    </message>
    <message>
        <source>Giữ bản của &amp;mình</source>
        <translation>Keep &amp;ours</translation>
    </message>
    <message>
        <source>Lấy bản của đơn vị &amp;kia</source>
        <translation>Take &amp;theirs</translation>
    </message>
    <message>
        <source>Lịch sử gói</source>
        <translation>Packet history</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Mã nhận dạng: {0}</source>
        <translation>Fingerprint: {0}</translation>
    </message>
    <message>
        <source>(cơ quan cấp trên)</source>
        <translation>(head office)</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Mã nhận dạng</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Là đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Ghép nối ngày</source>
        <translation>Paired on</translation>
    </message>
    <message>
        <source>Đã đổi tên đơn vị này. Hãy gửi lại tệp định danh cho các đơn vị đã ghép nối.</source>
        <translation>This site was renamed. Send the paired sites its identity file again.</translation>
    </message>
    <message>
        <source>Chưa đổi tên</source>
        <translation>Not renamed</translation>
    </message>
    <message>
        <source>Xuất tệp định danh</source>
        <translation>Export identity file</translation>
    </message>
    <message>
        <source>Chưa ghi</source>
        <translation>Not written</translation>
    </message>
    <message>
        <source>Tệp {0} đã tồn tại; hãy chọn tên khác.</source>
        <translation>{0} exists already; choose another name.</translation>
    </message>
    <message>
        <source>Không ghi được {0}: {1}</source>
        <translation>Could not write {0}: {1}</translation>
    </message>
    <message>
        <source>Đã ghi tệp định danh vào {0}. Mã nhận dạng để đọc qua điện thoại: {1}</source>
        <translation>Wrote the identity file to {0}. Fingerprint to read over the phone: {1}</translation>
    </message>
    <message>
        <source>Chọn tệp định danh của đơn vị kia</source>
        <translation>Choose the other site’s identity file</translation>
    </message>
    <message>
        <source>Chưa ghép nối</source>
        <translation>Not paired</translation>
    </message>
    <message>
        <source>Đã ghép nối với {0}.</source>
        <translation>Paired with {0}.</translation>
    </message>
    <message>
        <source>Hủy ghép nối</source>
        <translation>Unpair</translation>
    </message>
    <message>
        <source>Hủy ghép nối với {0}? Gói của đơn vị này sẽ không được nhận nữa cho đến khi ghép nối lại. Dữ liệu đã nhận vẫn giữ nguyên.</source>
        <translation>Unpair {0}? Its packets will be refused until you pair again. The data already received stays.</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Đã hủy ghép nối với {0}.</source>
        <translation>Unpaired {0}.</translation>
    </message>
</context>
<context>
    <name>ExchangePairDialog</name>
    <message>
        <source>Ghép nối với đơn vị</source>
        <translation>Pair with a site</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <source>Mã nhận dạng trong tệp:</source>
        <translation>Fingerprint in the file:</translation>
    </message>
    <message>
        <source>Mã đơn vị kia &amp;đọc:</source>
        <translation>Fingerprint &amp;read out:</translation>
    </message>
    <message>
        <source>ABCD-EFGH-JKLM-NPQR</source>
        <translation>ABCD-EFGH-JKLM-NPQR</translation>
    </message>
    <message>
        <source>Là đơn &amp;vị:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Gọi điện cho đơn vị kia và nhờ đọc mã nhận dạng hiện trong cửa sổ “Trao đổi với đơn vị” của họ; nhập mã đó vào ô trên. Ở cơ quan cấp trên, chọn đơn vị (cơ quan thường trú) tương ứng để biết nhiệm vụ nào được gửi cho đơn vị đó.</source>
        <translation>Call the other site and ask them to read the fingerprint shown in their “Exchange with sites” window; type it in the field above. At the head office, choose the unit (regional bureau) that site is, which decides the tasks sent to it.</translation>
    </message>
    <message>
        <source>&amp;Ghép nối</source>
        <translation>&amp;Pair</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ExchangePreviewDialog</name>
    <message>
        <source>Nhận gói dữ liệu</source>
        <translation>Receive data packet</translation>
    </message>
    <message>
        <source>Á&amp;p dụng</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Hướng dẫn sử dụng</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>← Quay lại</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Về phần vừa xem (Alt+←)</source>
        <translation>Back to the part just read (Alt+←)</translation>
    </message>
    <message>
        <source>Mục lục</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Về đầu bản hướng dẫn, nơi có mục lục</source>
        <translation>To the top of the guide, with its table of contents</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>In cả bản hướng dẫn (Ctrl+P)</source>
        <translation>Print the whole guide (Ctrl+P)</translation>
    </message>
    <message>
        <source>Xuất PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Lưu cả bản hướng dẫn thành tệp PDF</source>
        <translation>Save the whole guide as a PDF file</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>In hướng dẫn sử dụng</source>
        <translation>Print the user guide</translation>
    </message>
    <message>
        <source>Huong-dan-su-dung</source>
        <translation>User-guide</translation>
    </message>
    <message>
        <source>Đã xuất: {0}</source>
        <translation>Exported: {0}</translation>
    </message>
</context>
<context>
    <name>IncomingDialog</name>
    <message>
        <source>Vào sổ văn bản đến</source>
        <translation>Register incoming document</translation>
    </message>
    <message>
        <source>&amp;Tệp văn bản:</source>
        <translation>Document &amp;file:</translation>
    </message>
    <message>
        <source>Chưa chọn tệp (PDF, DOCX, PNG, JPEG, TIFF)</source>
        <translation>No file chosen (PDF, DOCX, PNG, JPEG, TIFF)</translation>
    </message>
    <message>
        <source>&amp;Chọn tệp…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Ngày đế&amp;n:</source>
        <translation>Date recei&amp;ved:</translation>
    </message>
    <message>
        <source>Cơ quan &amp;gửi (tác giả):</source>
        <translation>&amp;Sender (author):</translation>
    </message>
    <message>
        <source>Ví dụ: Tỉnh ủy Bắc Ninh</source>
        <translation>e.g. Tỉnh ủy Bắc Ninh</translation>
    </message>
    <message>
        <source>&amp;Số, ký hiệu:</source>
        <translation>&amp;Number and symbol:</translation>
    </message>
    <message>
        <source>Ví dụ: 445-KL/TU</source>
        <translation>e.g. 445-KL/TU</translation>
    </message>
    <message>
        <source>Ngày của &amp;văn bản:</source>
        <translation>Document &amp;date:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <source>Tên &amp;loại:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>T&amp;rích yếu:</source>
        <translation>Su&amp;mmary:</translation>
    </message>
    <message>
        <source>Độ &amp;khẩn:</source>
        <translation>&amp;Urgency:</translation>
    </message>
    <message>
        <source>Độ &amp;mật:</source>
        <translation>Se&amp;crecy:</translation>
    </message>
    <message>
        <source>&amp;Hạn giải quyết:</source>
        <translation>&amp;Handling deadline:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm (để trống nếu không có)</source>
        <translation>day/month/year (leave empty if none)</translation>
    </message>
    <message>
        <source>Đơn vị, người &amp;xử lý:</source>
        <translation>Hand&amp;led by:</translation>
    </message>
    <message>
        <source>Gh&amp;i chú:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>(không)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Vào sổ</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Văn bản đến số {0}/{1}</source>
        <translation>Incoming document {0}/{1}</translation>
    </message>
    <message>
        <source>Ngày của văn bản</source>
        <translation>Document date</translation>
    </message>
    <message>
        <source>Hạn giải quyết</source>
        <translation>Handling deadline</translation>
    </message>
    <message>
        <source>Văn bản (*.pdf *.docx *.png *.jpg *.jpeg *.tif *.tiff);;Tất cả các tệp (*)</source>
        <translation>Documents (*.pdf *.docx *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>Chọn văn bản đến</source>
        <translation>Choose the received document</translation>
    </message>
    <message>
        <source>Đang đọc văn bản…</source>
        <translation>Reading the document…</translation>
    </message>
    <message>
        <source>Đã đọc từ văn bản: {0} nhiệm vụ được đề xuất.</source>
        <translation>Read from the document: {0} tasks proposed.</translation>
    </message>
    <message>
        <source>Chưa chọn tệp văn bản đến (bản PDF, Word hoặc ảnh quét).</source>
        <translation>Choose the received document&apos;s file first (a PDF, Word file or scanned image).</translation>
    </message>
</context>
<context>
    <name>IncomingPage</name>
    <message>
        <source>Sổ văn bản đến</source>
        <translation>Incoming register</translation>
    </message>
    <message>
        <source>Vào sổ văn bản nhận được kèm tệp gốc; nhiệm vụ trong văn bản được xác nhận rồi theo dõi như các kết luận khác, và báo cáo kết quả được soạn từ tình hình thực hiện.</source>
        <translation>Register received documents with their original file; the tasks they bring are confirmed and then tracked like other conclusions, and the report back is drafted from their progress.</translation>
    </message>
    <message>
        <source>&amp;Vào sổ văn bản đến…</source>
        <translation>&amp;Register incoming document…</translation>
    </message>
    <message>
        <source>Chọn tệp văn bản nhận được (PDF, Word hoặc ảnh quét) và vào sổ (Ctrl+N)</source>
        <translation>Choose the received document&apos;s file (PDF, Word or scanned image) and register it (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Sửa…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Xác nhận nhiệm vụ…</source>
        <translation>&amp;Confirm tasks…</translation>
    </message>
    <message>
        <source>Đọc các nhiệm vụ trong văn bản, sửa hoặc bỏ từng nhiệm vụ rồi đưa vào theo dõi</source>
        <translation>Read the document&apos;s tasks, edit or drop each, then track them</translation>
    </message>
    <message>
        <source>Soạn &amp;báo cáo kết quả</source>
        <translation>Draft the &amp;report back</translation>
    </message>
    <message>
        <source>Soạn dự thảo báo cáo kết quả thực hiện gửi cơ quan đã ban hành văn bản, từ tình hình các nhiệm vụ</source>
        <translation>Draft the implementation report to the document&apos;s sender from the tasks&apos; progress</translation>
    </message>
    <message>
        <source>Mở &amp;tệp gốc</source>
        <translation>Open &amp;original</translation>
    </message>
    <message>
        <source>Đã &amp;giải quyết</source>
        <translation>&amp;Handled</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Chuyển vào thùng rác (khôi phục được); tệp gốc vẫn được giữ</source>
        <translation>Move to the recycle bin (can be restored); the original file is kept</translation>
    </message>
    <message>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Lọc theo số, ký hiệu, cơ quan gửi, trích yếu… (Ctrl+F)</source>
        <translation>Filter by number, symbol, sender, summary… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;In sổ (PDF)…</source>
        <translation>&amp;Print register (PDF)…</translation>
    </message>
    <message>
        <source>Sổ đăng ký văn bản đến của năm đang chọn, theo mẫu sổ giấy, ra tệp PDF</source>
        <translation>The chosen year&apos;s incoming register, laid out as the paper book, to a PDF file</translation>
    </message>
    <message>
        <source>Xuất &amp;Excel…</source>
        <translation>Export to &amp;Excel…</translation>
    </message>
    <message>
        <source>Đã giải quyết {0}</source>
        <translation>Handled {0}</translation>
    </message>
    <message>
        <source>Số đến</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Ngày đến</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Cơ quan gửi</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Số, ký hiệu</source>
        <translation>Number and symbol</translation>
    </message>
    <message>
        <source>Ngày văn bản</source>
        <translation>Document date</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Độ khẩn, mật</source>
        <translation>Urgency, secrecy</translation>
    </message>
    <message>
        <source>Hạn giải quyết</source>
        <translation>Handling deadline</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Đã soạn</source>
        <translation>Drafted</translation>
    </message>
    <message>
        <source>Tất cả các năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Tổng số: {0} văn bản đến</source>
        <translation>Total: {0} incoming documents</translation>
    </message>
    <message>
        <source>Chưa soạn được báo cáo</source>
        <translation>Could not draft the report</translation>
    </message>
    <message>
        <source>Không có tệp</source>
        <translation>No file</translation>
    </message>
    <message>
        <source>Văn bản này vào sổ không kèm tệp.</source>
        <translation>This document was registered without a file.</translation>
    </message>
    <message>
        <source>Không mở được tệp</source>
        <translation>Could not open the file</translation>
    </message>
    <message>
        <source>Xóa văn bản đến</source>
        <translation>Delete incoming document</translation>
    </message>
    <message>
        <source>Chuyển văn bản đến số {0}/{1} vào thùng rác? Các nhiệm vụ đã theo dõi vẫn giữ nguyên.</source>
        <translation>Move incoming document {0}/{1} to the recycle bin? The tasks already tracked stay as they are.</translation>
    </message>
    <message>
        <source>Chuyển vào thùng rác</source>
        <translation>Move to the recycle bin</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>In sổ văn bản đến</source>
        <translation>Print the incoming register</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Xuất sổ văn bản đến</source>
        <translation>Export the incoming register</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Đang ghi {0}…</source>
        <translation>Writing {0}…</translation>
    </message>
    <message>
        <source>Đã ghi {0}</source>
        <translation>Wrote {0}</translation>
    </message>
</context>
<context>
    <name>IncomingTasksDialog</name>
    <message>
        <source>Xác nhận nhiệm vụ từ văn bản đến</source>
        <translation>Confirm the tasks of an incoming document</translation>
    </message>
    <message>
        <source>Mỗi dòng là một nhiệm vụ đọc được trong văn bản. Sửa nội dung, chọn đơn vị chủ trì, nhận hoặc sửa thời hạn (ngày/tháng/năm, hoặc “Thường xuyên”); bỏ chọn “Theo dõi” ở những dòng không phải nhiệm vụ.</source>
        <translation>Each row is a task read from the document. Edit its text, choose the lead unit, accept or correct the deadline (day/month/year, or “Thường xuyên” for ongoing); untick “Track” on rows that are not tasks.</translation>
    </message>
    <message>
        <source>&amp;Thêm nhiệm vụ</source>
        <translation>&amp;Add task</translation>
    </message>
    <message>
        <source>&amp;Bỏ dòng</source>
        <translation>&amp;Drop row</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>Chưa có mục ghi nào cho nội dung này. Nhấn Ctrl+Enter (hoặc một nút bên dưới) để thêm báo cáo, ý kiến, kết luận hay biểu quyết.</source>
        <translation>No entries for this item yet. Press Ctrl+Enter (or a button below) to add a report, comment, conclusion or vote.</translation>
    </message>
</context>
<context>
    <name>KindDrafts</name>
    <message>
        <source>Chưa soạn được văn bản</source>
        <translation>Could not draft the document</translation>
    </message>
    <message>
        <source>Soạn văn bản khác</source>
        <translation>Draft another document</translation>
    </message>
    <message>
        <source>Văn bản mới theo mẫu</source>
        <translation>New document from a template</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Thư ký cấp ủy</source>
        <translation>Committee Secretary</translation>
    </message>
    <message>
        <source>Điều hướng</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Cuộc họp</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Văn bản đến</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Kết luận/Nhiệm vụ</source>
        <translation>Conclusions/Tasks</translation>
    </message>
    <message>
        <source>Người</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Tìm kiếm</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Tệp &amp;gần đây</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>T&amp;rợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Tạo cơ sở dữ liệu mới…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>Tạo tệp dữ liệu mới cho một cấp ủy khác</source>
        <translation>Create a new data file for another committee</translation>
    </message>
    <message>
        <source>&amp;Mở cơ sở dữ liệu…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Kiểm tra văn bản…</source>
        <translation>&amp;Verify a document…</translation>
    </message>
    <message>
        <source>Kiểm tra một tệp PDF có phải văn bản đã phát hành, còn nguyên vẹn</source>
        <translation>Check whether a PDF file is a document we issued, unaltered</translation>
    </message>
    <message>
        <source>T&amp;hoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>Hướng dẫn sử dụng, mở đúng phần của trang đang xem (F1)</source>
        <translation>User guide, opened at the part for the page in view (F1)</translation>
    </message>
    <message>
        <source>Trao đổi với đơn &amp;vị…</source>
        <translation>E&amp;xchange with sites…</translation>
    </message>
    <message>
        <source>Gửi và nhận gói dữ liệu với cơ quan thường trú, đơn vị cấp trên (không cần mạng)</source>
        <translation>Send and receive data packets with regional bureaus or the head office (no network needed)</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu…</source>
        <translation>&amp;About…</translation>
    </message>
    <message>
        <source>⚠ Khi mở tệp dữ liệu, một tệp lạ bên cạnh đã được để riêng, không áp dụng.</source>
        <translation>⚠ Opening the database set a foreign file beside it aside; it was not applied.</translation>
    </message>
    <message>
        <source>Đã để riêng một tệp lạ</source>
        <translation>A foreign file was set aside</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu Thư ký cấp ủy (*.sqlite);;Tất cả các tệp (*)</source>
        <translation>Committee Secretary databases (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu</source>
        <translation>Could not open the database</translation>
    </message>
    <message>
        <source>Mở cơ sở dữ liệu</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Tạo cơ sở dữ liệu mới</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Tệp đã có</source>
        <translation>File exists</translation>
    </message>
    <message>
        <source>Tệp “{0}” đã có. Để làm việc với tệp này, hãy dùng Tệp ▸ Mở cơ sở dữ liệu…; hoặc chọn một tên khác để tạo cơ sở dữ liệu mới.</source>
        <translation>The file “{0}” already exists. To work with it, use File ▸ Open database…; or choose another name for the new database.</translation>
    </message>
    <message>
        <source>(chưa có tệp nào)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Tệp dữ liệu: {0}</source>
        <translation>Data file: {0}</translation>
    </message>
    <message>
        <source>Chưa nhập thông tin cơ quan (mục Cài đặt)</source>
        <translation>No organisation details yet (see Settings)</translation>
    </message>
    <message>
        <source>Thay đổi chưa lưu</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Trang “{0}” có thay đổi chưa lưu. Lưu trước khi tiếp tục?</source>
        <translation>The page “{0}” has unsaved changes. Save them before continuing?</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Không lưu</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Thông tin &amp;chung</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Loại cuộc họp *</source>
        <translation>Meeting &amp;type *</translation>
    </message>
    <message>
        <source>Chọn loại cho cuộc họp mới sẽ điền sẵn tên và chương trình theo mẫu.</source>
        <translation>Choosing a type for a new meeting fills in the name and agenda from its template.</translation>
    </message>
    <message>
        <source>&amp;Tên cuộc họp *</source>
        <translation>Meeting t&amp;itle *</translation>
    </message>
    <message>
        <source>Ví dụ: Hội nghị giao ban cấp ủy tháng 10 năm 2025</source>
        <translation>e.g. Hội nghị giao ban cấp ủy tháng 10 năm 2025</translation>
    </message>
    <message>
        <source>&amp;Thời gian *</source>
        <translation>Ti&amp;me *</translation>
    </message>
    <message>
        <source>từ</source>
        <translation>from</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Bỏ chọn nếu chưa biết giờ kết thúc.</source>
        <translation>Untick if the end time is not known yet.</translation>
    </message>
    <message>
        <source>Đị&amp;a điểm</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <source>Ví dụ: Hội trường tầng 3, số 5 Lý Thường Kiệt, Hà Nội</source>
        <translation>e.g. Hội trường tầng 3, số 5 Lý Thường Kiệt, Hà Nội</translation>
    </message>
    <message>
        <source>&amp;Chủ trì</source>
        <translation>C&amp;hair</translation>
    </message>
    <message>
        <source>T&amp;hư ký</source>
        <translation>&amp;Secretary</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Điểm cầu trực tuyến</source>
        <translation>Remote sites</translation>
    </message>
    <message>
        <source>Mỗi dòng một điểm cầu. Nhấn đúp hoặc F2 để sửa.</source>
        <translation>One remote site per line. Double-click or press F2 to edit.</translation>
    </message>
    <message>
        <source>Thêm điểm cầu</source>
        <translation>Add site</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Khách mời</source>
        <translation>Guests</translation>
    </message>
    <message>
        <source>Mỗi dòng một khách mời (họ tên, chức vụ). Nhấn đúp hoặc F2 để sửa.</source>
        <translation>One guest per line (full name, position). Double-click or press F2 to edit.</translation>
    </message>
    <message>
        <source>Thêm khách mời</source>
        <translation>Add guest</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Thành phần &amp;dự họp</source>
        <translation>&amp;Attendance</translation>
    </message>
    <message>
        <source>Chương trình &amp;nghị sự</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>Thêm việc tồn đọng từ các kỳ trước…</source>
        <translation>Add outstanding items from earlier meetings…</translation>
    </message>
    <message>
        <source>Chọn các kết luận, nhiệm vụ chưa hoàn thành để kiểm điểm trong cuộc họp này (Ctrl+K)</source>
        <translation>Choose unfinished conclusions/tasks to review in this meeting (Ctrl+K)</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Chọn trong danh sách hoặc gõ họ tên</source>
        <translation>Choose from the list or type a name</translation>
    </message>
    <message>
        <source>Lưu cuộc họp (Ctrl+S)</source>
        <translation>Save the meeting (Ctrl+S)</translation>
    </message>
    <message>
        <source>Đóng, không lưu (Esc)</source>
        <translation>Close without saving (Esc)</translation>
    </message>
    <message>
        <source>Cuộc họp mới</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Sửa cuộc họp</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Biên bản cuộc họp này đã chốt (phiên bản {0}) nên không sửa được thông tin cuộc họp. Muốn sửa, mở “Ghi biên bản” và chọn “Đính chính biên bản”.</source>
        <translation>The minutes of this meeting are finalised (version {0}), so the meeting details cannot be edited. To change them, open “Take minutes” and choose “Correct minutes”.</translation>
    </message>
</context>
<context>
    <name>MeetingListPage</name>
    <message>
        <source>Cuộc họp</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Lên lịch cuộc họp, ghi thành phần dự họp, chương trình và ghi biên bản ngay trong cuộc họp (tự động lưu).</source>
        <translation>Schedule meetings, record attendance and agenda, and take the minutes live during the meeting (saved automatically).</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Tìm cuộc họp… (Ctrl+F)</source>
        <translation>Find meetings… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Tìm theo tên, loại, địa điểm, chủ trì, ngày; gõ không dấu cũng được (“dang uy” tìm ra “Đảng ủy”).</source>
        <translation>Search by title, type, location, chair or date; diacritics are optional (“dang uy” finds “Đảng ủy”).</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tên cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cuộc họp mới</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Ghi biên bản</source>
        <translation>Take minutes</translation>
    </message>
    <message>
        <source>Soạn thông báo kết luận</source>
        <translation>Compose notice of conclusions</translation>
    </message>
    <message>
        <source>Soạn giấy mời</source>
        <translation>Draft the invitation</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>In tất cả văn bản của cuộc họp…</source>
        <translation>Print all documents of the meeting…</translation>
    </message>
    <message>
        <source>Tất cả các năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Tất cả các loại</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Chưa có cuộc họp nào. Nhấn “Cuộc họp mới” (Ctrl+N) để tạo cuộc họp đầu tiên.</source>
        <translation>No meetings yet. Click “New meeting” (Ctrl+N) to create the first one.</translation>
    </message>
    <message>
        <source>Không có cuộc họp nào khớp với bộ lọc.</source>
        <translation>No meetings match the filter.</translation>
    </message>
    <message>
        <source>Đang hiện {0} trong tổng số {1} cuộc họp</source>
        <translation>Showing {0} of {1} meetings</translation>
    </message>
    <message>
        <source>Không xóa được cuộc họp</source>
        <translation>Cannot delete the meeting</translation>
    </message>
    <message>
        <source>Xóa cuộc họp</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Xóa cuộc họp “{0}” ngày {1}?
Cuộc họp cùng thành phần, chương trình và biên bản được chuyển vào Thùng rác; có thể khôi phục ở Dữ liệu ▸ Thùng rác…</source>
        <translation>Delete the meeting “{0}” of {1}?
The meeting with its attendance, agenda and minutes goes to the Recycle Bin; it can be restored from Data ▸ Recycle Bin…</translation>
    </message>
    <message>
        <source>Không xóa</source>
        <translation>Don&apos;t delete</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <source>Ghi biên bản</source>
        <translation>Take minutes</translation>
    </message>
    <message>
        <source>Các nội dung của cuộc họp: Ctrl+PgUp / Ctrl+PgDn hoặc Alt+1…9 để chuyển</source>
        <translation>Meeting items: Ctrl+PgUp / Ctrl+PgDn or Alt+1…9 to switch</translation>
    </message>
    <message>
        <source>&amp;Biên bản</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Đi đến</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Lưu ngay</source>
        <translation>&amp;Save now</translation>
    </message>
    <message>
        <source>&amp;Chốt biên bản…</source>
        <translation>&amp;Finalise minutes…</translation>
    </message>
    <message>
        <source>Đính &amp;chính biên bản…</source>
        <translation>&amp;Correct minutes…</translation>
    </message>
    <message>
        <source>&amp;In biên bản…</source>
        <translation>&amp;Print minutes…</translation>
    </message>
    <message>
        <source>Xuất &amp;PDF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>Xuất &amp;DOCX (Word)…</source>
        <translation>Export DOCX (&amp;Word)…</translation>
    </message>
    <message>
        <source>Soạn &amp;thông báo kết luận…</source>
        <translation>Compose &amp;notice of conclusions…</translation>
    </message>
    <message>
        <source>Soạn thông báo kết luận của cuộc họp này từ biên bản (Ctrl+T)</source>
        <translation>Compose the notice of conclusions of this meeting from its minutes (Ctrl+T)</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Làm lại</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Thêm mục ghi &amp;mới</source>
        <translation>Add &amp;new entry</translation>
    </message>
    <message>
        <source>Thêm &amp;báo cáo</source>
        <translation>Add re&amp;port</translation>
    </message>
    <message>
        <source>Thêm ý &amp;kiến</source>
        <translation>Add &amp;comment</translation>
    </message>
    <message>
        <source>Thêm kết l&amp;uận</source>
        <translation>Add conc&amp;lusion</translation>
    </message>
    <message>
        <source>Thêm biểu &amp;quyết</source>
        <translation>Add &amp;vote</translation>
    </message>
    <message>
        <source>&amp;Xóa mục ghi đang sửa</source>
        <translation>&amp;Delete current entry</translation>
    </message>
    <message>
        <source>Nội dung &amp;trước</source>
        <translation>&amp;Previous item</translation>
    </message>
    <message>
        <source>Nội dung &amp;sau</source>
        <translation>&amp;Next item</translation>
    </message>
    <message>
        <source>Thêm mục ghi</source>
        <translation>Add entry</translation>
    </message>
    <message>
        <source>Xóa mục ghi</source>
        <translation>Delete entry</translation>
    </message>
    <message>
        <source>Đổi loại mục ghi</source>
        <translation>Change entry type</translation>
    </message>
    <message>
        <source>Nội dung chung, ý kiến khác</source>
        <translation>General, other comments</translation>
    </message>
    <message>
        <source>Ghi biên bản — {0}</source>
        <translation>Minutes — {0}</translation>
    </message>
    <message>
        <source>Chủ trì: {0}</source>
        <translation>Chair: {0}</translation>
    </message>
    <message>
        <source>Thư ký: {0}</source>
        <translation>Secretary: {0}</translation>
    </message>
    <message>
        <source>Biên bản đã chốt — phiên bản {0}. Muốn sửa, chọn Biên bản ▸ Đính chính biên bản (tạo phiên bản mới).</source>
        <translation>Minutes finalised — version {0}. To change them, choose Minutes ▸ Correct minutes (creates a new version).</translation>
    </message>
    <message>
        <source>Phiên bản {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <source>{0}  ({1})</source>
        <translation>{0}  ({1})</translation>
    </message>
    <message>
        <source>Chưa chốt được biên bản</source>
        <translation>Could not finalise the minutes</translation>
    </message>
    <message>
        <source>Biên bản chưa lưu được: {0}
Hãy xử lý lỗi này rồi chốt lại.</source>
        <translation>The minutes could not be saved: {0}
Fix this error, then finalise again.</translation>
    </message>
    <message>
        <source>Chốt biên bản</source>
        <translation>Finalise minutes</translation>
    </message>
    <message>
        <source>Chốt biên bản phiên bản {0}?
Sau khi chốt, biên bản không sửa được nữa; muốn sửa phải đính chính (tạo phiên bản mới, phiên bản đã chốt vẫn được lưu lại).</source>
        <translation>Finalise version {0} of the minutes?
Once finalised, the minutes can no longer be edited; changes need a correction (a new version; the finalised version is kept).</translation>
    </message>
    <message>
        <source>Lưu ý theo quy định:</source>
        <translation>By the rules:</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đính chính biên bản</source>
        <translation>Correct minutes</translation>
    </message>
    <message>
        <source>Mở phiên bản {0} của biên bản để đính chính?
Phiên bản {1} đã chốt vẫn được lưu nguyên văn; việc đính chính được ghi vào nhật ký.</source>
        <translation>Open version {0} of the minutes for correction?
The finalised version {1} is kept unchanged; the correction is recorded in the log.</translation>
    </message>
    <message>
        <source>Đính chính</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Đang đính chính — phiên bản {0}</source>
        <translation>Correcting — version {0}</translation>
    </message>
    <message>
        <source>Chưa lưu được biên bản</source>
        <translation>Could not save the minutes</translation>
    </message>
    <message>
        <source>Chưa có thông tin cơ quan</source>
        <translation>No organisation details</translation>
    </message>
    <message>
        <source>Biên bản in tên cơ quan ở đầu trang. Hãy nhập thông tin cơ quan (mục Cài đặt) trước.</source>
        <translation>The minutes print the organisation&apos;s name at the top. Please enter the organisation details (under Settings) first.</translation>
    </message>
    <message>
        <source>Không tạo được biên bản</source>
        <translation>Could not produce the minutes</translation>
    </message>
    <message>
        <source>Bien-ban {0:%Y-%m-%d} phien-ban-{1}</source>
        <translation>Minutes {0:%Y-%m-%d} version-{1}</translation>
    </message>
    <message>
        <source>Biên bản chưa lưu được</source>
        <translation>Minutes not saved</translation>
    </message>
    <message>
        <source>Phần vừa gõ chưa lưu được: {0}
Đóng cửa sổ thì phần đó sẽ mất.</source>
        <translation>What you just typed could not be saved: {0}
If you close the window, it will be lost.</translation>
    </message>
    <message>
        <source>Ở lại</source>
        <translation>Stay</translation>
    </message>
    <message>
        <source>Đóng, bỏ phần chưa lưu</source>
        <translation>Close, discard unsaved text</translation>
    </message>
</context>
<context>
    <name>MinutesEntry</name>
    <message>
        <source>Loại mục ghi: báo cáo, ý kiến, kết luận, biểu quyết</source>
        <translation>Entry type: report, comment, conclusion, vote</translation>
    </message>
    <message>
        <source>Người trình bày / phát biểu (gõ vài chữ, không dấu cũng được)</source>
        <translation>Presenter / speaker (type a few letters, diacritics optional)</translation>
    </message>
    <message>
        <source>Xóa mục ghi này (Ctrl+Shift+Del; hoàn tác bằng Ctrl+Z)</source>
        <translation>Delete this entry (Ctrl+Shift+Del; undo with Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nội dung… (Ctrl+Enter: thêm mục ghi mới)</source>
        <translation>Text… (Ctrl+Enter: new entry)</translation>
    </message>
    <message>
        <source>Tán thành</source>
        <translation>In favour</translation>
    </message>
    <message>
        <source>Không tán thành</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>Ý kiến khác</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>MinutesRefreshDialog</name>
    <message>
        <source>Cập nhật từ biên bản</source>
        <translation>Update from the minutes</translation>
    </message>
    <message>
        <source>Biên bản đã thay đổi sau khi soạn dự thảo này. Chọn các thay đổi đưa vào dự thảo; những gì bạn tự gõ thêm vào dự thảo được giữ nguyên. Dòng có dấu ⚠ là đoạn bạn đã sửa tay: chỉ thay khi bạn đánh dấu chọn.</source>
        <translation>The minutes changed after this draft was made. Choose the changes to bring into the draft; what you typed into the draft yourself is kept. A line marked ⚠ is a passage you edited by hand: it is replaced only if you tick it.</translation>
    </message>
    <message>
        <source>Cập nhật dự thảo</source>
        <translation>Update the draft</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>nhiệm vụ</source>
        <translation>task</translation>
    </message>
    <message>
        <source>nhóm nhiệm vụ</source>
        <translation>task group</translation>
    </message>
    <message>
        <source>kết luận</source>
        <translation>conclusion</translation>
    </message>
    <message>
        <source>đoạn</source>
        <translation>passage</translation>
    </message>
    <message>
        <source>+ Thêm {0}: {1}</source>
        <translation>+ Add {0}: {1}</translation>
    </message>
    <message>
        <source>− Bỏ {0}: {1}</source>
        <translation>− Remove {0}: {1}</translation>
    </message>
    <message>
        <source>~ Sửa {0}:
    trước: {1}
    nay: {2}</source>
        <translation>~ Reword {0}:
    before: {1}
    now: {2}</translation>
    </message>
    <message>
        <source>    ⚠ Bạn đã sửa tay trong dự thảo: {0}</source>
        <translation>    ⚠ You edited this by hand in the draft: {0}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Bắt đầu làm việc với cơ sở dữ liệu mới</source>
        <translation>Getting started with a new database</translation>
    </message>
    <message>
        <source>Nhập thông tin cơ quan, đơn vị ban hành và người ký (mục Cài đặt)</source>
        <translation>Enter the organisation, issuing body and signers (Settings)</translation>
    </message>
    <message>
        <source>Nhập thông tin cơ quan</source>
        <translation>Enter organisation details</translation>
    </message>
    <message>
        <source>Nhập danh sách cán bộ, ủy viên (gõ từng người hoặc nhập từ tệp Excel)</source>
        <translation>Enter the staff and committee members (one by one or imported from Excel)</translation>
    </message>
    <message>
        <source>Nhập danh sách người</source>
        <translation>Enter people</translation>
    </message>
    <message>
        <source>Nhập các đơn vị: ban, chi bộ, cơ quan thường trú, đơn vị trực thuộc</source>
        <translation>Enter the units: boards, Party cells, regional bureaus, subordinate units</translation>
    </message>
    <message>
        <source>Nhập danh sách đơn vị</source>
        <translation>Enter units</translation>
    </message>
    <message>
        <source>Tạo cuộc họp đầu tiên: thành phần dự họp và chương trình</source>
        <translation>Create the first meeting: attendance and agenda</translation>
    </message>
    <message>
        <source>Tạo cuộc họp</source>
        <translation>Create meeting</translation>
    </message>
    <message>
        <source>Cuộc họp</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Kết luận, nhiệm vụ chưa xong</source>
        <translation>Open conclusions/tasks</translation>
    </message>
    <message>
        <source>Quá hạn chưa hoàn thành</source>
        <translation>Overdue, not done</translation>
    </message>
    <message>
        <source>Đến hạn trong 7 ngày tới</source>
        <translation>Due in the next 7 days</translation>
    </message>
    <message>
        <source>Tình hình thực hiện kết luận</source>
        <translation>Implementation of conclusions</translation>
    </message>
    <message>
        <source>Cuộc họp trong tuần</source>
        <translation>Meetings this week</translation>
    </message>
    <message>
        <source>Văn bản mới ban hành</source>
        <translation>Recently issued documents</translation>
    </message>
    <message>
        <source>Việc quá hạn</source>
        <translation>Overdue tasks</translation>
    </message>
    <message>
        <source>{0} — hôm nay {1}, {2}</source>
        <translation>{0} — today is {1}, {2}</translation>
    </message>
    <message>
        <source>Chưa nhập thông tin cơ quan — vào mục Cài đặt để nhập.</source>
        <translation>No organisation details yet — enter them under Settings.</translation>
    </message>
    <message>
        <source>Việc quá hạn ({0})</source>
        <translation>Overdue tasks ({0})</translation>
    </message>
    <message>
        <source>Không có việc nào quá hạn.</source>
        <translation>Nothing is overdue.</translation>
    </message>
    <message>
        <source>Xem tất cả {0} việc quá hạn…</source>
        <translation>See all {0} overdue tasks…</translation>
    </message>
    <message>
        <source>Đến hạn trong {0} ngày tới ({1})</source>
        <translation>Due in the next {0} days ({1})</translation>
    </message>
    <message>
        <source>Không có việc nào đến hạn trong {0} ngày tới.</source>
        <translation>Nothing is due in the next {0} days.</translation>
    </message>
    <message>
        <source>Cuộc họp trong tuần ({0} – {1})</source>
        <translation>Meetings this week ({0} – {1})</translation>
    </message>
    <message>
        <source>Tuần này chưa có cuộc họp nào.</source>
        <translation>No meetings this week.</translation>
    </message>
    <message>
        <source>Chưa có văn bản nào được ban hành.</source>
        <translation>No documents issued yet.</translation>
    </message>
    <message>
        <source>Quá {0} ngày</source>
        <translation>{0} d overdue</translation>
    </message>
    <message>
        <source>Quá hạn giải quyết</source>
        <translation>Handling overdue</translation>
    </message>
    <message>
        <source>Hạn giải quyết {0}</source>
        <translation>Handle by {0}</translation>
    </message>
    <message>
        <source>số đến {0}</source>
        <translation>no. {0}</translation>
    </message>
    <message>
        <source>{0} · Văn bản đến {1} — {2}</source>
        <translation>{0} · Incoming {1} — {2}</translation>
    </message>
    <message>
        <source>(chưa cấp số)</source>
        <translation>(not numbered yet)</translation>
    </message>
</context>
<context>
    <name>PacketWork</name>
    <message>
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Chọn một đơn vị đã ghép nối để xem những gì chờ gửi.</source>
        <translation>Select a paired site to see what is waiting to be sent.</translation>
    </message>
    <message>
        <source>Gói tiếp theo cho {0} sẽ mang:</source>
        <translation>The next packet for {0} will carry:</translation>
    </message>
    <message>
        <source>Không có thay đổi mới nào chờ gửi cho {0}.</source>
        <translation>No new changes are waiting to be sent to {0}.</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Số mục</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Mục</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Bản tại đây</source>
        <translation>Ours</translation>
    </message>
    <message>
        <source>Bản của đơn vị kia</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>Từ gói</source>
        <translation>From packet</translation>
    </message>
    <message>
        <source>Xung đột ({0})</source>
        <translation>Conflicts ({0})</translation>
    </message>
    <message>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Lúc</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Chiều</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Gói số</source>
        <translation>Packet no.</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Đã áp dụng</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Đã nhận trước đây, không thay đổi gì</source>
        <translation>Received before; nothing changed</translation>
    </message>
    <message>
        <source>Gửi đi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Nhận về</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Chưa giải quyết</source>
        <translation>Not resolved</translation>
    </message>
    <message>
        <source>Đã giữ “{0}” ({1}).</source>
        <translation>Kept “{0}” ({1}).</translation>
    </message>
    <message>
        <source>Chọn thư mục để ghi gói (ví dụ USB)</source>
        <translation>Choose the folder to write the packet to (e.g. a USB stick)</translation>
    </message>
    <message>
        <source>Đang xuất gói cho {0}…</source>
        <translation>Exporting a packet for {0}…</translation>
    </message>
    <message>
        <source>Đã xuất gói số {0} vào {1}.</source>
        <translation>Exported packet no. {0} to {1}.</translation>
    </message>
    <message>
        <source>Chọn gói dữ liệu nhận được</source>
        <translation>Choose the received data packet</translation>
    </message>
    <message>
        <source>Đang kiểm tra gói {0}…</source>
        <translation>Checking packet {0}…</translation>
    </message>
    <message>
        <source>Chưa nhận gói {0}.</source>
        <translation>Packet {0} was not applied.</translation>
    </message>
    <message>
        <source>Đang nhận gói {0}…</source>
        <translation>Applying packet {0}…</translation>
    </message>
    <message>
        <source>Trao đổi dữ liệu</source>
        <translation>Data exchange</translation>
    </message>
</context>
<context>
    <name>PairDialog</name>
    <message>
        <source>— Không (đây là cơ quan cấp trên) —</source>
        <translation>— None (this is the head office) —</translation>
    </message>
    <message>
        <source>Hãy nhập mã nhận dạng do đơn vị kia đọc qua điện thoại để chắc chắn tệp là của họ.</source>
        <translation>Type the fingerprint the other site reads out over the phone, to be sure the file is theirs.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Vừa chiều rộng</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Cả trang</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>Chưa xem trước được: {0}</source>
        <translation>Preview not available: {0}</translation>
    </message>
    <message>
        <source>Trang {0}/{1}</source>
        <translation>Page {0}/{1}</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Người</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Đảng viên, ủy viên cấp ủy và cán bộ thường dự họp. Ủy viên được thêm vào thành phần dự họp bằng một lần bấm “Thêm tất cả ủy viên”. Người đã có tên trong biên bản không xóa được, chỉ ngừng theo dõi.</source>
        <translation>Party members, committee members and staff who attend meetings. Committee members are added to a meeting&apos;s attendance with one click on “Add all committee members”. A person named in minutes cannot be deleted, only deactivated.</translation>
    </message>
    <message>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>{0} (đã ngừng)</source>
        <translation>{0} (inactive)</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Đảng viên</source>
        <translation>Party member</translation>
    </message>
    <message>
        <source>Ủy viên cấp ủy</source>
        <translation>Committee member</translation>
    </message>
    <message>
        <source>Chưa có ai trong danh sách. Bấm “Thêm…” để nhập từng người, hoặc “Nhập từ Excel/CSV…” để lấy danh sách đang có (cột Họ và tên, Chức vụ, Đơn vị, Đảng viên chính thức/dự bị, Ủy viên cấp ủy).</source>
        <translation>Nobody is listed yet. Click “Add…” to enter people one by one, or “Import from Excel/CSV…” to load the list you keep (columns Họ và tên, Chức vụ, Đơn vị, Đảng viên chính thức/dự bị, Ủy viên cấp ủy).</translation>
    </message>
    <message>
        <source>{0} người</source>
        <translation>{0} people</translation>
    </message>
    <message>
        <source>Xóa {0} khỏi danh sách?</source>
        <translation>Delete {0} from the list?</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ngừng theo dõi</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Theo dõi lại</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>Xuất danh sách người</source>
        <translation>Export the people</translation>
    </message>
    <message>
        <source>danh-sach-nguoi.xlsx</source>
        <translation>people.xlsx</translation>
    </message>
    <message>
        <source>Đã xuất danh sách vào {0}.</source>
        <translation>Exported the list to {0}.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Người</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Họ và tên:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Chức vụ:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Ví dụ: Phó Bí thư Đảng ủy, Trưởng Ban Tuyên giáo</source>
        <translation>E.g. Deputy Party Secretary, Head of the Propaganda Board</translation>
    </message>
    <message>
        <source>Đơn &amp;vị:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Đả&amp;ng viên:</source>
        <translation>Party me&amp;mbership:</translation>
    </message>
    <message>
        <source>Ủy viên &amp;cấp ủy:</source>
        <translation>&amp;Committee seat:</translation>
    </message>
    <message>
        <source>&amp;Thứ tự:</source>
        <translation>&amp;Order:</translation>
    </message>
    <message>
        <source>Thứ tự trong danh sách, thành phần dự họp và khi thêm tất cả ủy viên</source>
        <translation>Order in lists, in attendance and when adding all committee members</translation>
    </message>
    <message>
        <source>Đang công tác (bỏ chọn để ngừng theo dõi)</source>
        <translation>Active (untick to deactivate)</translation>
    </message>
    <message>
        <source>— không —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>cuối danh sách</source>
        <translation>end of the list</translation>
    </message>
    <message>
        <source>Thêm người</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>Sửa: {0}</source>
        <translation>Edit: {0}</translation>
    </message>
    <message>
        <source>Đổi “Ủy viên cấp ủy” có hiệu lực từ hôm nay; các cuộc họp trước vẫn giữ thành phần cũ.</source>
        <translation>A changed “Committee seat” takes effect today; earlier meetings keep their attendance.</translation>
    </message>
    <message>
        <source>trước đây</source>
        <translation>before</translation>
    </message>
    <message>
        <source>nay</source>
        <translation>now</translation>
    </message>
    <message>
        <source>{0}: {1} – {2}</source>
        <translation>{0}: {1} – {2}</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Gói số {0} từ {1} ({2}). Những gì sẽ thay đổi ở đây:</source>
        <translation>Packet no. {0} from {1} ({2}). What will change here:</translation>
    </message>
    <message>
        <source>Xung đột (sửa ở cả hai nơi, cần chọn)</source>
        <translation>Conflicts (changed on both sides, to choose)</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Số mục</source>
        <translation>Items</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Cài đặt — Thông tin cơ quan</source>
        <translation>Settings — Organisation</translation>
    </message>
    <message>
        <source>Các thông tin này in trên mọi văn bản của cấp ủy (tên cơ quan, số và ký hiệu, địa danh, người ký, nơi nhận). Mục có dấu * là bắt buộc.</source>
        <translation>These details are printed on every document of the committee (issuing body, number and symbol, place, signer, recipients). Fields marked * are required.</translation>
    </message>
    <message>
        <source>Cơ quan ban hành *</source>
        <translation>Issuing body *</translation>
    </message>
    <message>
        <source>Ví dụ: ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM</source>
        <translation>e.g. ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM</translation>
    </message>
    <message>
        <source>Cơ quan cấp trên</source>
        <translation>Parent body</translation>
    </message>
    <message>
        <source>Ví dụ: ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG</source>
        <translation>e.g. ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG</translation>
    </message>
    <message>
        <source>Ký hiệu cơ quan *</source>
        <translation>Body code *</translation>
    </message>
    <message>
        <source>Ví dụ: ĐU</source>
        <translation>e.g. ĐU</translation>
    </message>
    <message>
        <source>Địa danh *</source>
        <translation>Place *</translation>
    </message>
    <message>
        <source>Ví dụ: Hà Nội</source>
        <translation>e.g. Hà Nội</translation>
    </message>
    <message>
        <source>Thể thức văn bản</source>
        <translation>Document standard</translation>
    </message>
    <message>
        <source>Ngày bắt đầu nhiệm kỳ</source>
        <translation>Term start date</translation>
    </message>
    <message>
        <source>Đã có ngày</source>
        <translation>Date known</translation>
    </message>
    <message>
        <source>Bỏ chọn nếu chưa xác định ngày bắt đầu nhiệm kỳ</source>
        <translation>Untick if the start of the term is not known yet</translation>
    </message>
    <message>
        <source>Nhiệm kỳ</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Ví dụ: 2020–2025</source>
        <translation>e.g. 2020–2025</translation>
    </message>
    <message>
        <source>Văn phòng (dòng “Lưu”)</source>
        <translation>Office (the “Lưu” line)</translation>
    </message>
    <message>
        <source>Ví dụ: VPĐU</source>
        <translation>e.g. VPĐU</translation>
    </message>
    <message>
        <source>Nơi nhận mặc định</source>
        <translation>Default recipients</translation>
    </message>
    <message>
        <source>Mỗi dòng một nơi nhận, ví dụ:
Thường trực Đảng ủy (để b/c)
Lưu VPĐU</source>
        <translation>One recipient per line, e.g.:
Thường trực Đảng ủy (để b/c)
Lưu VPĐU</translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation>Signers</translation>
    </message>
    <message>
        <source>Quyền hạn ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Thêm người ký</source>
        <translation>Add signer</translation>
    </message>
    <message>
        <source>Xóa người ký</source>
        <translation>Remove signer</translation>
    </message>
    <message>
        <source>Ví dụ: T/M ĐẢNG ỦY — PHÓ BÍ THƯ — Nguyễn Văn A</source>
        <translation>e.g. T/M ĐẢNG ỦY — PHÓ BÍ THƯ — Nguyễn Văn A</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Bỏ các thay đổi chưa lưu, lấy lại thông tin đã lưu</source>
        <translation>Discard unsaved changes and show what is saved</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Lưu thông tin cơ quan (Ctrl+S)</source>
        <translation>Save the organisation details (Ctrl+S)</translation>
    </message>
    <message>
        <source>✓ Đã lưu lúc {0}.</source>
        <translation>✓ Saved at {0}.</translation>
    </message>
    <message>
        <source>Có thay đổi chưa lưu.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <source>Chưa lưu: hãy sửa các mục được đánh dấu đỏ.</source>
        <translation>Not saved: please correct the fields marked in red.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordTablePage</name>
    <message>
        <source>Tổng số: {0}</source>
        <translation>Total: {0}</translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message>
        <source>Thùng rác</source>
        <translation>Recycle Bin</translation>
    </message>
    <message>
        <source>Cuộc họp và dự thảo văn bản đã xóa được giữ ở đây. Chọn một dòng rồi nhấn “Khôi phục” để đưa bản ghi trở lại cùng toàn bộ nội dung (thành phần, chương trình, biên bản).</source>
        <translation>Deleted meetings and draft documents are kept here. Select a row and press “Restore” to bring the record back with all its content (attendance, agenda, minutes).</translation>
    </message>
    <message>
        <source>Thùng rác trống.</source>
        <translation>The Recycle Bin is empty.</translation>
    </message>
    <message>
        <source>&amp;Khôi phục</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Đưa bản ghi đang chọn trở lại (Enter hoặc nhấp đúp)</source>
        <translation>Bring the selected record back (Enter or double-click)</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Xóa lúc</source>
        <translation>Deleted at</translation>
    </message>
    <message>
        <source>Người xóa</source>
        <translation>Deleted by</translation>
    </message>
    <message>
        <source>Không khôi phục được</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <source>Bản ghi không còn trong thùng rác.</source>
        <translation>The record is no longer in the Recycle Bin.</translation>
    </message>
    <message>
        <source>Đã khôi phục: {0}</source>
        <translation>Restored: {0}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Báo cáo tình hình thực hiện kết luận</source>
        <translation>Report on the implementation of conclusions</translation>
    </message>
    <message>
        <source>&amp;Loại:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Kỳ báo cáo:</source>
        <translation>P&amp;eriod:</translation>
    </message>
    <message>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Từ ngày:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Đến n&amp;gày:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <source>Đơn &amp;vị:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Tạo báo cáo</source>
        <translation>&amp;Generate report</translation>
    </message>
    <message>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Xuất &amp;PDF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>Xuất &amp;Word…</source>
        <translation>Export &amp;Word…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Báo cáo tình hình thực hiện</source>
        <translation>Implementation report</translation>
    </message>
    <message>
        <source>Phiếu đôn đốc việc quá hạn (một đơn vị)</source>
        <translation>Reminder of overdue tasks (one unit)</translation>
    </message>
    <message>
        <source>Phiếu đôn đốc hàng loạt (mọi đơn vị có việc quá hạn, sắp đến hạn)</source>
        <translation>Reminder batch (every unit with overdue or soon-due tasks)</translation>
    </message>
    <message>
        <source>Quý I</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>Quý II</source>
        <translation>Q2</translation>
    </message>
    <message>
        <source>Quý III</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>Quý IV</source>
        <translation>Q4</translation>
    </message>
    <message>
        <source>6 tháng đầu năm</source>
        <translation>First half-year</translation>
    </message>
    <message>
        <source>6 tháng cuối năm</source>
        <translation>Second half-year</translation>
    </message>
    <message>
        <source>Cả năm</source>
        <translation>Full year</translation>
    </message>
    <message>
        <source>Tùy chọn (từ ngày … đến ngày …)</source>
        <translation>Custom (from … to …)</translation>
    </message>
    <message>
        <source>Tất cả đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <source> ({0} việc quá hạn)</source>
        <translation> ({0} overdue)</translation>
    </message>
    <message>
        <source>Phiếu đôn đốc</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Chọn đơn vị nhận phiếu đôn đốc.</source>
        <translation>Choose the unit to receive the reminder.</translation>
    </message>
    <message>
        <source>Đang tổng hợp số liệu…</source>
        <translation>Compiling figures…</translation>
    </message>
    <message>
        <source>Không đơn vị nào có việc quá hạn, sắp đến hạn: không có phiếu.</source>
        <translation>No unit has overdue or soon-due tasks: no reminders.</translation>
    </message>
    <message>
        <source>Đã tạo {0} phiếu đôn đốc. Xem trước bên phải; in hoặc xuất tệp ở dưới.</source>
        <translation>Made {0} reminders. Preview on the right; print or export below.</translation>
    </message>
    <message>
        <source>Đã tạo: {0} kết luận, nhiệm vụ. Xem trước bên phải; in hoặc xuất tệp ở dưới.</source>
        <translation>Generated: {0} conclusions/tasks. Preview on the right; print or export below.</translation>
    </message>
    <message>
        <source>Phiếu đôn đốc hàng loạt</source>
        <translation>Reminder batch</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Chọn bản sao lưu muốn khôi phục. Mỗi dòng cho biết thời điểm sao lưu và trong đó có bao nhiêu cuộc họp, văn bản và kết luận.</source>
        <translation>Choose the backup to restore. Each row shows when the backup was made and how many meetings, documents and conclusions it holds.</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <source>Cuộc họp</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Kết luận</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Loại bản sao</source>
        <translation>Backup type</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu nào trên máy này. Nếu có bản sao lưu trên USB, hãy bấm “Chọn tệp sao lưu khác…”.</source>
        <translation>There are no backups on this computer yet. If you have a backup on a USB drive, click “Choose another backup file…”.</translation>
    </message>
    <message>
        <source>Trước khi khôi phục, tệp dữ liệu hiện tại được giữ lại một bản (loại “Trước khi khôi phục”), nên nếu chọn nhầm vẫn có thể khôi phục lại bản đó.</source>
        <translation>Before restoring, a copy of the current data file is kept (type “Before restore”), so if you pick the wrong backup you can still restore that copy.</translation>
    </message>
    <message>
        <source>Chọn tệp sao lưu khác…</source>
        <translation>Choose another backup file…</translation>
    </message>
    <message>
        <source>Khôi phục…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>&amp;Chọn tệp…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Chuyển sang &amp;Unicode</source>
        <translation>Convert to &amp;Unicode</translation>
    </message>
    <message>
        <source>Ghép cột (sửa nếu nhận sai):</source>
        <translation>Column mapping (correct it if wrong):</translation>
    </message>
    <message>
        <source>Cột trong tệp</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Là thông tin</source>
        <translation>Holds</translation>
    </message>
    <message>
        <source>Sẽ nhập:</source>
        <translation>Will be imported:</translation>
    </message>
    <message>
        <source>Dòng không nhập (số dòng trong tệp và lý do):</source>
        <translation>Rows not imported (row number in the file and reason):</translation>
    </message>
    <message>
        <source>&amp;Nhập</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nhập danh sách người</source>
        <translation>Import people</translation>
    </message>
    <message>
        <source>Nhập danh sách đơn vị</source>
        <translation>Import units</translation>
    </message>
    <message>
        <source>Chọn tệp Excel (.xlsx) hoặc CSV có dòng tiêu đề.</source>
        <translation>Choose an Excel (.xlsx) or CSV file with a header row.</translation>
    </message>
    <message>
        <source>Tệp: {0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <source>Đang đọc tệp…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Đang xem lại…</source>
        <translation>Checking again…</translation>
    </message>
    <message>
        <source>Đang nhập {0} dòng…</source>
        <translation>Importing {0} rows…</translation>
    </message>
    <message>
        <source>Đã nhập {0} dòng.</source>
        <translation>Imported {0} rows.</translation>
    </message>
    <message>
        <source>(cột {0} không có tên)</source>
        <translation>(column {0} has no name)</translation>
    </message>
    <message>
        <source>— bỏ qua —</source>
        <translation>— ignore —</translation>
    </message>
    <message>
        <source>Chữ trong tệp có vẻ được gõ bằng bảng mã cũ {0}.</source>
        <translation>The text in the file seems typed in the old encoding {0}.</translation>
    </message>
    <message>
        <source>Dòng {0}: {1}</source>
        <translation>Row {0}: {1}</translation>
    </message>
    <message>
        <source>Sẽ nhập {0} dòng.</source>
        <translation>{0} rows will be imported.</translation>
    </message>
    <message>
        <source>{0} dòng bị bỏ qua (xem danh sách).</source>
        <translation>{0} rows are skipped (see the list).</translation>
    </message>
    <message>
        <source>Đơn vị mới sẽ được tạo: {0}.</source>
        <translation>New units will be created: {0}.</translation>
    </message>
    <message>
        <source>&amp;Nhập {0} dòng</source>
        <translation>&amp;Import {0} rows</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Đảng viên</source>
        <translation>Party member</translation>
    </message>
    <message>
        <source>Ủy viên cấp ủy</source>
        <translation>Committee member</translation>
    </message>
    <message>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Viết tắt</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Tìm (không cần gõ dấu)…</source>
        <translation>Search (diacritics optional)…</translation>
    </message>
    <message>
        <source>Hiện cả mục đã ngừng</source>
        <translation>Show inactive too</translation>
    </message>
    <message>
        <source>&amp;Nhập từ Excel/CSV…</source>
        <translation>&amp;Import from Excel/CSV…</translation>
    </message>
    <message>
        <source>&amp;Xuất Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>&amp;Thêm…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Sửa…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Xó&amp;a</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Nhiệm &amp;kỳ mới…</source>
        <translation>New &amp;term…</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>{0} kết quả tốt nhất</source>
        <translation>{0} best results</translation>
    </message>
    <message>
        <source>{0} kết quả</source>
        <translation>{0} results</translation>
    </message>
    <message>
        <source>Không tìm thấy “{0}”.</source>
        <translation>No results for “{0}”.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Tìm kiếm</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Tìm trong cuộc họp, biên bản, văn bản và kết luận — gõ không dấu được, ví dụ: dang uy</source>
        <translation>Search meetings, minutes, documents and conclusions — diacritics optional, e.g. dang uy</translation>
    </message>
    <message>
        <source>Cuộc họp</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Kết luận, nhiệm vụ</source>
        <translation>Conclusions/tasks</translation>
    </message>
    <message>
        <source>Văn bản đến</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Gõ từ khóa để tìm. Không cần gõ dấu: “hoi nghi” tìm ra “Hội nghị”, “dang uy” tìm ra “Đảng ủy”. Bấm Enter hoặc nhấp đúp vào một kết quả để mở. Ở bất kỳ trang nào, bấm Ctrl+F để tìm nhanh.</source>
        <translation>Type keywords to search. Diacritics are optional: “hoi nghi” finds “Hội nghị”, “dang uy” finds “Đảng ủy”. Press Enter or double-click a result to open it. On any page, press Ctrl+F for quick search.</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Tìm nhanh (gõ không dấu được) — Enter để mở, Esc để đóng</source>
        <translation>Quick search (diacritics optional) — Enter to open, Esc to close</translation>
    </message>
</context>
<context>
    <name>SignedScans</name>
    <message>
        <source>Lưu bản quét có chữ ký, đóng dấu…</source>
        <translation>Keep the signed and stamped scan…</translation>
    </message>
    <message>
        <source>Mở bản có chữ ký</source>
        <translation>Open the signed copy</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Chọn bản quét có chữ ký, đóng dấu</source>
        <translation>Choose the signed and stamped scan</translation>
    </message>
    <message>
        <source>Bản quét (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Không lưu được bản quét</source>
        <translation>Could not keep the scan</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <source>Biểu đồ số kết luận, nhiệm vụ theo trạng thái</source>
        <translation>Chart of conclusions/tasks by status</translation>
    </message>
    <message>
        <source>Bấm vào một dòng để xem danh sách.</source>
        <translation>Click a row to see the list.</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <source>Nhiệm kỳ mới</source>
        <translation>New term</translation>
    </message>
    <message>
        <source>Từ ngày bắt đầu nhiệm kỳ, cấp ủy gồm những người được chọn dưới đây. Thành phần dự họp của các cuộc họp trước đó giữ nguyên; số văn bản của Đảng bắt đầu lại từ 01 trong nhiệm kỳ mới.</source>
        <translation>From the first day of the term the committee consists of the people chosen below. Earlier meetings keep their attendance; Party document numbers start again from 01 in the new term.</translation>
    </message>
    <message>
        <source>&amp;Bắt đầu từ ngày:</source>
        <translation>&amp;Starts on:</translation>
    </message>
    <message>
        <source>&amp;Nhiệm kỳ:</source>
        <translation>&amp;Term:</translation>
    </message>
    <message>
        <source>Ví dụ: 2025-2030</source>
        <translation>E.g. 2025-2030</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Trong cấp ủy mới</source>
        <translation>In the new committee</translation>
    </message>
    <message>
        <source>Bắt đầu nhiệm kỳ</source>
        <translation>Start the term</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>&amp;Tên đơn vị:</source>
        <translation>&amp;Unit name:</translation>
    </message>
    <message>
        <source>Tên &amp;viết tắt:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <source>Ví dụ: VPĐU, BTG</source>
        <translation>E.g. VPĐU, BTG</translation>
    </message>
    <message>
        <source>&amp;Loại:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Th&amp;ứ tự:</source>
        <translation>&amp;Order:</translation>
    </message>
    <message>
        <source>Đang hoạt động (bỏ chọn để ngừng sử dụng)</source>
        <translation>Active (untick to deactivate)</translation>
    </message>
    <message>
        <source>cuối danh sách</source>
        <translation>end of the list</translation>
    </message>
    <message>
        <source>Thêm đơn vị</source>
        <translation>Add a unit</translation>
    </message>
    <message>
        <source>Sửa: {0}</source>
        <translation>Edit: {0}</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Các ban, chi bộ, cơ quan thường trú và đơn vị trực thuộc: đơn vị chủ trì và phối hợp của các nhiệm vụ được chọn từ danh sách này. Đơn vị đã được dùng không xóa được, chỉ ngừng sử dụng.</source>
        <translation>Boards, Party cells, regional bureaus and affiliated units: the lead and cooperating units of tasks are chosen from this list. A unit in use cannot be deleted, only deactivated.</translation>
    </message>
    <message>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>{0} (đã ngừng)</source>
        <translation>{0} (inactive)</translation>
    </message>
    <message>
        <source>Viết tắt</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Chưa có đơn vị nào. Bấm “Thêm…” để nhập từng đơn vị, hoặc “Nhập từ Excel/CSV…” (cột Tên đơn vị, Tên viết tắt, Loại đơn vị).</source>
        <translation>No units yet. Click “Add…” to enter them one by one, or “Import from Excel/CSV…” (columns Tên đơn vị, Tên viết tắt, Loại đơn vị).</translation>
    </message>
    <message>
        <source>{0} đơn vị</source>
        <translation>{0} units</translation>
    </message>
    <message>
        <source>Xóa đơn vị {0}?</source>
        <translation>Delete the unit {0}?</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ngừng sử dụng</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Dùng lại</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>Xuất danh sách đơn vị</source>
        <translation>Export the units</translation>
    </message>
    <message>
        <source>danh-sach-don-vi.xlsx</source>
        <translation>units.xlsx</translation>
    </message>
    <message>
        <source>Đã xuất danh sách vào {0}.</source>
        <translation>Exported the list to {0}.</translation>
    </message>
</context>
<context>
    <name>VerifyDocument</name>
    <message>
        <source>Chọn tệp PDF cần kiểm tra</source>
        <translation>Choose the PDF file to check</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Kiểm tra văn bản</source>
        <translation>Verify a document</translation>
    </message>
    <message>
        <source>Tệp {0} là văn bản đã phát hành, còn nguyên vẹn:

{1}</source>
        <translation>{0} is a document we issued, unaltered:

{1}</translation>
    </message>
    <message>
        <source>Tệp {0} không khớp với văn bản nào đã phát hành hoặc lưu hồ sơ: có thể đã bị sửa, hoặc không do đơn vị phát hành.</source>
        <translation>{0} matches no issued or archived document: it may have been changed, or was not issued here.</translation>
    </message>
    <message>
        <source>Đang kiểm tra {0}…</source>
        <translation>Checking {0}…</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>Không mở được cơ sở dữ liệu</source>
        <translation>Could not open the database</translation>
    </message>
    <message>
        <source>Mở tệp khác…</source>
        <translation>Open another file…</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Mở cơ sở dữ liệu</source>
        <translation>Open database</translation>
    </message>
</context>
<context>
    <name>archive_dialog</name>
    <message>
        <source>Hồ sơ sẽ được lưu vào thư mục mới: {0}</source>
        <translation>The records will be saved to a new folder: {0}</translation>
    </message>
    <message>
        <source>Chọn thư mục lưu hồ sơ</source>
        <translation>Choose a folder for the records</translation>
    </message>
    <message>
        <source>Xuất hồ sơ năm {0}</source>
        <translation>Export annual records for {0}</translation>
    </message>
    <message>
        <source>Không tìm thấy thư mục {0}. Nếu đó là USB, hãy cắm lại rồi chọn lại thư mục.</source>
        <translation>The folder {0} was not found. If it is on a USB drive, plug the drive in again and choose the folder again.</translation>
    </message>
    <message>
        <source>Đang xuất hồ sơ năm {0}…</source>
        <translation>Exporting annual records for {0}…</translation>
    </message>
    <message>
        <source>Đã xuất {0} tệp PDF và mục lục hồ sơ ({1} trang) vào:
{2}</source>
        <translation>Exported {0} PDF files and the records index ({1} pages) to:
{2}</translation>
    </message>
    <message>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kiểm tra hồ sơ</source>
        <translation>Check records</translation>
    </message>
    <message>
        <source>Chọn thư mục hồ sơ cần kiểm tra</source>
        <translation>Choose the records folder to check</translation>
    </message>
    <message>
        <source>Đang kiểm tra {0}…</source>
        <translation>Checking {0}…</translation>
    </message>
    <message>
        <source>
… và {0} vấn đề khác.</source>
        <translation>
… and {0} more problems.</translation>
    </message>
    <message>
        <source>Hồ sơ {0} có {1} vấn đề:

</source>
        <translation>The records in {0} have {1} problems:

</translation>
    </message>
    <message>
        <source>Hồ sơ {0} còn nguyên vẹn: mọi tệp đều khớp với danh mục (SHA-256).</source>
        <translation>The records in {0} are intact: every file matches the checksum list (SHA-256).</translation>
    </message>
</context>
<context>
    <name>backup_dialogs</name>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Thử lại</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>&amp;Dữ liệu</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>Sao lưu &amp;ngay…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>&amp;Khôi phục từ bản sao lưu…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>&amp;Xuất hồ sơ năm…</source>
        <translation>&amp;Export annual records…</translation>
    </message>
    <message>
        <source>Kiểm &amp;tra hồ sơ…</source>
        <translation>&amp;Check records…</translation>
    </message>
    <message>
        <source>&amp;Thùng rác…</source>
        <translation>Recycle &amp;Bin…</translation>
    </message>
    <message>
        <source>Không tạo được bản sao lưu tự động ({0}).

{1}

Dữ liệu đã lưu trong chương trình vẫn còn nguyên. Hãy giải phóng chỗ trống trên ổ đĩa hoặc kiểm tra quyền ghi, rồi dùng Dữ liệu ▸ Sao lưu ngay… (hoặc sao lưu ra USB).</source>
        <translation>The automatic backup ({0}) could not be made.

{1}

What is saved in the program is intact. Free some space on the disk or check the write permission, then use Data ▸ Back up now… (or back up to a USB stick).</translation>
    </message>
    <message>
        <source>⚠ Sao lưu tự động không thành công: {0}</source>
        <translation>⚠ Automatic backup failed: {0}</translation>
    </message>
    <message>
        <source>Sao lưu tự động không thành công</source>
        <translation>Automatic backup failed</translation>
    </message>
    <message>
        <source>khi đóng chương trình</source>
        <translation>on exit</translation>
    </message>
    <message>
        <source>hằng ngày</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>⚠ Tệp dữ liệu có lỗi: đã dừng sao lưu tự động</source>
        <translation>⚠ The database has errors: automatic backups stopped</translation>
    </message>
    <message>
        <source>Tệp dữ liệu có lỗi</source>
        <translation>The database has errors</translation>
    </message>
    <message>
        <source>Kiểm tra toàn bộ tệp dữ liệu tìm thấy {0} lỗi. Sao lưu tự động đã dừng để bản sao hỏng không đè lên các bản sao lưu tốt. Những bản ghi đọc được vẫn hiện bình thường; bản ghi hỏng được đánh dấu “⚠ dữ liệu hỏng”. Hãy dùng Dữ liệu ▸ Khôi phục từ bản sao lưu…, hoặc liên hệ người hỗ trợ.

{1}</source>
        <translation>The full check of the database found {0} error(s). Automatic backups have stopped so that a damaged copy does not replace the good backups. Records that can be read show as usual; damaged records are marked “⚠ dữ liệu hỏng”. Use Data ▸ Restore from backup…, or contact support.

{1}</translation>
    </message>
    <message>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Chọn thư mục (hoặc USB) để lưu bản sao</source>
        <translation>Choose a folder (or USB drive) for the backup</translation>
    </message>
    <message>
        <source>Đang sao lưu vào {0}…</source>
        <translation>Backing up to {0}…</translation>
    </message>
    <message>
        <source>Đã sao lưu vào:
{0}

Dung lượng: {1}. Bản sao đã được kiểm tra và đọc lại được.</source>
        <translation>Backed up to:
{0}

Size: {1}. The backup was checked and reads back correctly.</translation>
    </message>
</context>
<context>
    <name>deadline_status</name>
    <message>
        <source>Thời hạn gắn với một sự kiện hoặc khoảng thời gian chưa có ngày cụ thể: hãy nhập ngày.</source>
        <translation>The deadline is tied to an event or a period with no set date: enter a date.</translation>
    </message>
    <message>
        <source>Thường xuyên</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Chưa xác định thời hạn</source>
        <translation>No deadline set</translation>
    </message>
    <message>
        <source>Chưa đến hạn</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>Đang thực hiện (trong hạn)</source>
        <translation>In progress (on time)</translation>
    </message>
    <message>
        <source>Quá hạn chưa hoàn thành</source>
        <translation>Overdue, not done</translation>
    </message>
    <message>
        <source>Hoàn thành đúng hạn</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <source>Hoàn thành đúng hạn (có gia hạn)</source>
        <translation>Done on time (extended)</translation>
    </message>
    <message>
        <source>Hoàn thành quá hạn</source>
        <translation>Done late</translation>
    </message>
    <message>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>directive_changes</name>
    <message>
        <source>Các dòng đã chọn đều đã hoàn thành hoặc đã hủy; hãy mở lại trước.</source>
        <translation>The selected rows are all done or cancelled; reopen them first.</translation>
    </message>
    <message>
        <source>Gia hạn</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>Hạn hiện tại: {0}.</source>
        <translation>Current deadline: {0}.</translation>
    </message>
    <message>
        <source>Hạn ban đầu: {0} (đã gia hạn).</source>
        <translation>Original deadline: {0} (extended).</translation>
    </message>
    <message>
        <source>Theo nội dung (“{0}”): {1}.</source>
        <translation>From the text (“{0}”): {1}.</translation>
    </message>
    <message>
        <source>Hủy nhiệm vụ</source>
        <translation>Cancel the task</translation>
    </message>
    <message>
        <source>Nhiệm vụ vẫn được giữ trong danh sách với trạng thái “Đã hủy” cùng lý do và lịch sử; có thể mở lại.</source>
        <translation>The task stays listed as “Cancelled” with its reason and history; it can be reopened.</translation>
    </message>
    <message>
        <source>Nội dung cũ được lưu trong lịch sử của nhiệm vụ.</source>
        <translation>The old text is kept in the task&apos;s history.</translation>
    </message>
    <message>
        <source>Tách theo đơn vị</source>
        <translation>Split by unit</translation>
    </message>
    <message>
        <source>Mỗi đơn vị được chọn nhận một nhiệm vụ riêng cùng nội dung và thời hạn; nhiệm vụ này được đánh dấu đã hủy (tách) và có thể mở lại để hoàn tác.</source>
        <translation>Each chosen unit gets its own task with the same text and deadline; this task is marked cancelled (split) and can be reopened to undo.</translation>
    </message>
    <message>
        <source>Gộp các mục trùng</source>
        <translation>Merge duplicates</translation>
    </message>
    <message>
        <source>Chọn ít nhất hai nhiệm vụ trùng nhau (Ctrl + bấm chuột) để gộp.</source>
        <translation>Select at least two duplicate tasks (Ctrl + click) to merge.</translation>
    </message>
    <message>
        <source>Các nhiệm vụ còn lại được đánh dấu đã hủy (trùng) và trỏ tới nhiệm vụ giữ lại; tiến độ và lịch sử của chúng vẫn được giữ.</source>
        <translation>The other tasks are marked cancelled (duplicate) and point to the kept one; their progress and history are kept.</translation>
    </message>
</context>
<context>
    <name>directive_dialogs</name>
    <message>
        <source>Đánh dấu hoàn thành</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Các dòng đã chọn đều đã hoàn thành hoặc đã hủy.</source>
        <translation>All the selected rows are already done or cancelled.</translation>
    </message>
    <message>
        <source>Mở lại</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Việc này chưa hoàn thành nên không cần mở lại.</source>
        <translation>This task is not done yet, so it does not need reopening.</translation>
    </message>
    <message>
        <source>— chọn đơn vị chủ trì —</source>
        <translation>— choose the lead unit —</translation>
    </message>
</context>
<context>
    <name>discard</name>
    <message>
        <source>Bỏ các thay đổi?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <source>Những gì vừa nhập chưa được lưu. Đóng và bỏ các thay đổi này?</source>
        <translation>What you typed is not saved. Close and discard these changes?</translation>
    </message>
    <message>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Tiếp tục sửa</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>exchange_conflicts</name>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Nhóm nhiệm vụ</source>
        <translation>Task group</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Thường xuyên</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Thời hạn (ghi chữ)</source>
        <translation>Deadline (in words)</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ngày hoàn thành</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Thời hạn ban đầu</source>
        <translation>Original deadline</translation>
    </message>
    <message>
        <source>Lý do hủy</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tên viết tắt</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Nội dung tiến độ</source>
        <translation>Progress note</translation>
    </message>
    <message>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Thay đổi {0}</source>
        <translation>Changed {0}</translation>
    </message>
    <message>
        <source>Tạo mới</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Đánh dấu hoàn thành</source>
        <translation>Marked as done</translation>
    </message>
    <message>
        <source>Mở lại</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Giao lại đơn vị chủ trì</source>
        <translation>Reassigned lead unit</translation>
    </message>
    <message>
        <source>Ghi tiến độ</source>
        <translation>Recorded progress</translation>
    </message>
    <message>
        <source>Gia hạn</source>
        <translation>Extended</translation>
    </message>
    <message>
        <source>Đặt thời hạn</source>
        <translation>Deadline set</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Sửa nội dung</source>
        <translation>Text edited</translation>
    </message>
    <message>
        <source>Tách theo đơn vị chủ trì</source>
        <translation>Split by lead unit</translation>
    </message>
    <message>
        <source>Gộp nhiệm vụ trùng</source>
        <translation>Duplicates merged</translation>
    </message>
    <message>
        <source>Thay thế theo thông báo mới</source>
        <translation>Replaced by a later notice</translation>
    </message>
    <message>
        <source>trạng thái</source>
        <translation>status</translation>
    </message>
    <message>
        <source>ngày hoàn thành</source>
        <translation>completion date</translation>
    </message>
    <message>
        <source>kết quả</source>
        <translation>result</translation>
    </message>
    <message>
        <source>đơn vị chủ trì</source>
        <translation>lead unit</translation>
    </message>
    <message>
        <source>thời hạn</source>
        <translation>deadline</translation>
    </message>
    <message>
        <source>thời hạn (chữ)</source>
        <translation>deadline (as written)</translation>
    </message>
    <message>
        <source>thường xuyên</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>nội dung</source>
        <translation>content</translation>
    </message>
    <message>
        <source>nhóm</source>
        <translation>group</translation>
    </message>
    <message>
        <source>đơn vị phối hợp</source>
        <translation>cooperating units</translation>
    </message>
    <message>
        <source>thời hạn ban đầu</source>
        <translation>original deadline</translation>
    </message>
    <message>
        <source>lý do hủy</source>
        <translation>reason for cancelling</translation>
    </message>
    <message>
        <source>nhiệm vụ thay thế</source>
        <translation>replacing task</translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Văn bản của Đảng (HD 36)</source>
        <translation>Party documents (HD 36)</translation>
    </message>
    <message>
        <source>Văn bản hành chính nhà nước (NĐ 30/2020)</source>
        <translation>State administrative documents (NĐ 30/2020)</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Dự trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Vắng có lý do</source>
        <translation>Absent, excused</translation>
    </message>
    <message>
        <source>Vắng không lý do</source>
        <translation>Absent, unexcused</translation>
    </message>
    <message>
        <source>Đảng viên chính thức</source>
        <translation>Full Party member</translation>
    </message>
    <message>
        <source>Đảng viên dự bị</source>
        <translation>Probationary Party member</translation>
    </message>
    <message>
        <source>Không phải đảng viên</source>
        <translation>Not a Party member</translation>
    </message>
    <message>
        <source>Không phải ủy viên</source>
        <translation>Not a committee member</translation>
    </message>
    <message>
        <source>Ủy viên Ban Chấp hành</source>
        <translation>Executive Committee member</translation>
    </message>
    <message>
        <source>Ủy viên Ban Thường vụ</source>
        <translation>Standing Committee member</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Chi bộ</source>
        <translation>Party cell</translation>
    </message>
    <message>
        <source>Cơ quan thường trú</source>
        <translation>Regional bureau</translation>
    </message>
    <message>
        <source>Đơn vị trực thuộc</source>
        <translation>Affiliated unit</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Ý kiến</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Kết luận</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Biểu quyết</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Thông báo</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Công văn</source>
        <translation>Official letter</translation>
    </message>
    <message>
        <source>Giấy mời</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Chương trình</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Nghị quyết</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Tờ trình</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>Dự thảo</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Đã ban hành</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Đã lên lịch</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Đang họp</source>
        <translation>In session</translation>
    </message>
    <message>
        <source>Đã họp</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Biên bản đã chốt</source>
        <translation>Minutes finalised</translation>
    </message>
    <message>
        <source>Đang theo dõi</source>
        <translation>Under follow-up</translation>
    </message>
    <message>
        <source>Đã hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Văn bản đến</source>
        <translation>Incoming document</translation>
    </message>
    <message>
        <source>Tệp đính kèm</source>
        <translation>Attached file</translation>
    </message>
    <message>
        <source>Bản gốc</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Tài liệu kèm theo</source>
        <translation>Enclosure</translation>
    </message>
    <message>
        <source>Bản có chữ ký, đóng dấu</source>
        <translation>Signed and stamped copy</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>minutes_refresh</name>
    <message>
        <source>Cập nhật từ biên bản</source>
        <translation>Update from the minutes</translation>
    </message>
    <message>
        <source>Cuộc họp của dự thảo này không còn (có thể đã bị xóa).</source>
        <translation>The meeting of this draft no longer exists (it may have been deleted).</translation>
    </message>
    <message>
        <source>Biên bản không có thay đổi nào so với khi soạn dự thảo này.</source>
        <translation>The minutes have not changed since this draft was made.</translation>
    </message>
</context>
<context>
    <name>paste_guard</name>
    <message>
        <source>Văn bản dùng bảng mã cũ</source>
        <translation>Text in a legacy encoding</translation>
    </message>
    <message>
        <source>Văn bản dán vào có vẻ dùng bảng mã cũ ({0}). Chuyển sang Unicode?

Văn bản dán vào:
“{1}”

Sau khi chuyển sang Unicode:
“{2}”</source>
        <translation>The pasted text seems to use a legacy encoding ({0}). Convert it to Unicode?

Pasted text:
“{1}”

After conversion to Unicode:
“{2}”</translation>
    </message>
    <message>
        <source>Chuyển sang Unicode</source>
        <translation>Convert to Unicode</translation>
    </message>
    <message>
        <source>Giữ nguyên</source>
        <translation>Keep as is</translation>
    </message>
</context>
<context>
    <name>print_batches</name>
    <message>
        <source>Không in được</source>
        <translation>Could not print</translation>
    </message>
    <message>
        <source>Không còn bản ghi này (có thể vừa bị xóa).</source>
        <translation>This record no longer exists (it may have just been deleted).</translation>
    </message>
    <message>
        <source>Không có gì để in</source>
        <translation>Nothing to print</translation>
    </message>
    <message>
        <source>Không có văn bản nào để in trong “{0}”.</source>
        <translation>There is no document to print in “{0}”.</translation>
    </message>
</context>
<context>
    <name>print_job</name>
    <message>
        <source>Đang ghi tệp…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <source>Đang gửi tới máy in…</source>
        <translation>Sending to the printer…</translation>
    </message>
    <message>
        <source>Không gửi được văn bản tới máy in {0}: {1}</source>
        <translation>Could not send the document to printer {0}: {1}</translation>
    </message>
    <message>
        <source>Máy in {0} không nhận văn bản: {1}</source>
        <translation>Printer {0} did not accept the document: {1}</translation>
    </message>
    <message>
        <source>Đang in trang {0}…</source>
        <translation>Printing page {0}…</translation>
    </message>
    <message>
        <source>Không mở được máy in để in.</source>
        <translation>Could not open the printer.</translation>
    </message>
    <message>
        <source>Máy in dừng giữa chừng.</source>
        <translation>The printer stopped partway.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Không đọc được tệp PDF vừa tạo (lỗi {0}).</source>
        <translation>Could not read the PDF file just created (error {0}).</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Tài liệu Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Xuất PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Xuất tệp Word</source>
        <translation>Export Word file</translation>
    </message>
    <message>
        <source>PDF/A (lưu trữ) (*.pdf)</source>
        <translation>PDF/A (archive) (*.pdf)</translation>
    </message>
    <message>
        <source>Tệp đã có</source>
        <translation>File exists</translation>
    </message>
    <message>
        <source>Tệp “{0}” đã có. Ghi đè bằng văn bản này?</source>
        <translation>The file “{0}” already exists. Overwrite it with this document?</translation>
    </message>
    <message>
        <source>Ghi đè</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đã xuất: {0}</source>
        <translation>Exported: {0}</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Máy in đang để khổ giấy {paper}, còn văn bản được trình bày trên khổ {sheet}.

• In trên giấy {sheet_name} (nên chọn): văn bản in đúng thể thức; cần có giấy {sheet_name} trong máy in.
• Thu nhỏ vừa giấy {paper_name}: cả trang thu nhỏ đều còn {percent}%, chữ không bị méo; lề trên {top} mm, dưới {bottom} mm, trái {left} mm, phải {right} mm (đúng thể thức: trên {doc_top}, dưới {doc_bottom}, trái {doc_left}, phải {doc_right} mm).</source>
        <translation>The printer is set to {paper} paper; the document is laid out on {sheet}.

• Print on {sheet_name} (recommended): the document prints exactly to the rules; the printer needs {sheet_name} paper.
• Shrink to fit {paper_name}: the whole page shrinks uniformly to {percent}%, letters are not distorted; margins top {top} mm, bottom {bottom} mm, left {left} mm, right {right} mm (the rules: top {doc_top}, bottom {doc_bottom}, left {doc_left}, right {doc_right} mm).</translation>
    </message>
    <message>
        <source>Khổ giấy khác khổ văn bản</source>
        <translation>Paper differs from the document&apos;s</translation>
    </message>
    <message>
        <source>In trên giấy {0}</source>
        <translation>Print on {0}</translation>
    </message>
    <message>
        <source>Thu nhỏ vừa giấy {0}</source>
        <translation>Shrink to fit {0}</translation>
    </message>
    <message>
        <source>In văn bản</source>
        <translation>Print document</translation>
    </message>
    <message>
        <source>Đang chuẩn bị văn bản {0}/{1}…</source>
        <translation>Preparing document {0}/{1}…</translation>
    </message>
    <message>
        <source>Đã gửi {0} trang tới máy in.</source>
        <translation>Sent {0} pages to the printer.</translation>
    </message>
    <message>
        <source>Đang chuẩn bị…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>In: {0}</source>
        <translation>Printing: {0}</translation>
    </message>
</context>
<context>
    <name>restore_wizard</name>
    <message>
        <source>Tự động khi thoát</source>
        <translation>Automatic, on exit</translation>
    </message>
    <message>
        <source>Tự động hằng ngày</source>
        <translation>Automatic, daily</translation>
    </message>
    <message>
        <source>Sao lưu thủ công</source>
        <translation>Manual backup</translation>
    </message>
    <message>
        <source>Trước khi khôi phục</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <source>Trước khi nâng cấp dữ liệu</source>
        <translation>Before data upgrade</translation>
    </message>
    <message>
        <source>Tệp chọn từ nơi khác</source>
        <translation>File chosen from elsewhere</translation>
    </message>
    <message>
        <source>bản sao lưu lúc {0} ({1} cuộc họp, {2} văn bản, {3} kết luận)</source>
        <translation>the backup taken at {0} ({1} meetings, {2} documents, {3} conclusions)</translation>
    </message>
    <message>
        <source>

Tệp trước khi khôi phục được giữ lại (loại “Trước khi khôi phục” trong danh sách sao lưu):
{0}
trong thư mục {1}</source>
        <translation>

The file as it was before the restore is kept (type “Before restore” in the backup list):
{0}
in the folder {1}</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <source>Đang khôi phục từ {0}…</source>
        <translation>Restoring from {0}…</translation>
    </message>
    <message>
        <source>{0} — HỎNG, không dùng được</source>
        <translation>{0} — DAMAGED, unusable</translation>
    </message>
    <message>
        <source>Chọn tệp sao lưu</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu về {0}?

Những gì nhập sau thời điểm đó sẽ không còn trong tệp đang dùng. Trước khi khôi phục, tệp hiện tại được giữ lại một bản (loại “Trước khi khôi phục”) để có thể quay lại nếu chọn nhầm.</source>
        <translation>Restore the data to {0}?

Anything entered after that time will no longer be in the file in use. Before restoring, a copy of the current file is kept (type “Before restore”), so you can go back if you picked the wrong backup.</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu</source>
        <translation>Could not open the database</translation>
    </message>
    <message>
        <source>Đã khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Đã khôi phục dữ liệu từ {0}.</source>
        <translation>The data was restored from {0}.</translation>
    </message>
</context>
<context>
    <name>roster_fields</name>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Ủy viên cấp ủy</source>
        <translation>Committee member</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Đảng viên chính thức/dự bị</source>
        <translation>Party membership (full/probationary)</translation>
    </message>
    <message>
        <source>Đang công tác</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Tên viết tắt</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Loại đơn vị</source>
        <translation>Unit kind</translation>
    </message>
    <message>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>search_kinds</name>
    <message>
        <source>Cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Kết luận, nhiệm vụ</source>
        <translation>Conclusion/task</translation>
    </message>
    <message>
        <source>Văn bản đến</source>
        <translation>Incoming document</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Khôi phục bản sao lưu gần nhất ({0})</source>
        <translation>Restore the latest backup ({0})</translation>
    </message>
    <message>
        <source>Khôi phục từ tệp…</source>
        <translation>Restore from file…</translation>
    </message>
    <message>
        <source>Chi tiết kỹ thuật:</source>
        <translation>Technical details:</translation>
    </message>
    <message>
        <source>Tệp dữ liệu bị hỏng</source>
        <translation>Damaged data file</translation>
    </message>
    <message>
        <source>Mở tệp khác…</source>
        <translation>Open another file…</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Chọn tệp sao lưu</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Đã khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Đã khôi phục dữ liệu từ {0}.</source>
        <translation>The data was restored from {0}.</translation>
    </message>
    <message>
        <source>Mở cơ sở dữ liệu</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Tệp dữ liệu {0} đang được mở trong một cửa sổ Thư ký cấp ủy khác. Cửa sổ đó đã được đưa lên trước (nếu không thấy, hãy bấm vào biểu tượng của chương trình trên thanh tác vụ).

Chương trình không mở thêm cửa sổ thứ hai để hai cửa sổ không cùng ghi vào một tệp.</source>
        <translation>The data file {0} is already open in another Committee Secretary window. That window has been brought to the front (if you cannot see it, click the program icon on the taskbar).

The program does not open a second window, so that two windows never write to the same file.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu {0} đang được một cửa sổ Thư ký cấp ủy khác giữ, nhưng cửa sổ đó không trả lời. Nếu chương trình bị treo, hãy tắt nó (hoặc khởi động lại máy) rồi mở lại.</source>
        <translation>The data file {0} is held by another Committee Secretary window, but that window is not responding. If the program has hung, close it (or restart the computer), then open the file again.</translation>
    </message>
    <message>
        <source>Chương trình đang mở</source>
        <translation>Program already open</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Lỗi tệp{0}: {1}</source>
        <translation>File error{0}: {1}</translation>
    </message>
    <message>
        <source>Không thực hiện được</source>
        <translation>Could not complete the operation</translation>
    </message>
</context>
<context>
    <name>weekdays</name>
    <message>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
</context>
</TS>
