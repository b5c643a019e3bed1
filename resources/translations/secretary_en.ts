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
    <name>DirectivesPage</name>
    <message>
        <source>Kết luận/Nhiệm vụ</source>
        <translation>Conclusions/Tasks</translation>
    </message>
    <message>
        <source>Các kết luận, nhiệm vụ cần theo dõi. Cập nhật tiến độ, đánh dấu hoàn thành, lọc việc quá hạn và in báo cáo tình hình thực hiện sẽ có trong phiên bản tiếp theo.</source>
        <translation>Conclusions and tasks to follow up. Recording progress, marking items done, filtering overdue items and printing the implementation report come in the next version.</translation>
    </message>
    <message>
        <source>Chưa có kết luận, nhiệm vụ nào được theo dõi.</source>
        <translation>No conclusions or tasks are being followed up yet.</translation>
    </message>
    <message>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
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
        <source>Thường xuyên</source>
        <translation>Ongoing</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Sổ văn bản của cấp ủy: thông báo kết luận, biên bản, công văn, báo cáo. Soạn văn bản từ biên bản, cấp số, xem trước, in và xuất PDF/DOCX sẽ có trong phiên bản tiếp theo.</source>
        <translation>The committee&apos;s document register: conclusion notices, minutes, letters, reports. Drafting from the minutes, numbering, preview, printing and PDF/DOCX export come in the next version.</translation>
    </message>
    <message>
        <source>Chưa có văn bản nào trong cơ sở dữ liệu này.</source>
        <translation>There are no documents in this database yet.</translation>
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
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(chưa cấp số)</source>
        <translation>(not numbered yet)</translation>
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
        <source>Kết luận/Nhiệm vụ</source>
        <translation>Conclusions/Tasks</translation>
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
        <source>T&amp;hoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu…</source>
        <translation>&amp;About…</translation>
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
    <name>MeetingsPage</name>
    <message>
        <source>Cuộc họp</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Danh sách các cuộc họp, mới nhất ở trên. Hiện chỉ xem được; tạo cuộc họp mới, sửa thông tin và ghi biên bản sẽ có trong phiên bản tiếp theo.</source>
        <translation>All meetings, newest first. View only for now; creating and editing meetings and taking minutes come in the next version.</translation>
    </message>
    <message>
        <source>Chưa có cuộc họp nào trong cơ sở dữ liệu này.</source>
        <translation>There are no meetings in this database yet.</translation>
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
        <source>Tên cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
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
        <source>Kết luận đang theo dõi</source>
        <translation>Conclusions being followed up</translation>
    </message>
    <message>
        <source>Cuộc họp gần đây</source>
        <translation>Latest meetings</translation>
    </message>
    <message>
        <source>Bảng điều khiển đầy đủ — kết luận sắp đến hạn và quá hạn, lịch họp sắp tới, văn bản chờ cấp số — sẽ có trong phiên bản tiếp theo.</source>
        <translation>The full dashboard — conclusions due soon and overdue, upcoming meetings, documents waiting for a number — comes in the next version.</translation>
    </message>
    <message>
        <source>Chưa nhập thông tin cơ quan — vào mục Cài đặt để nhập.</source>
        <translation>No organisation details yet — enter them under Settings.</translation>
    </message>
    <message>
        <source>Chưa có cuộc họp nào.</source>
        <translation>No meetings yet.</translation>
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
    <name>RecordTablePage</name>
    <message>
        <source>Tổng số: {0}</source>
        <translation>Total: {0}</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Tìm kiếm</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Nhập từ khóa, ví dụ: hoi nghi giao ban</source>
        <translation>Type keywords, e.g. hoi nghi giao ban</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Chức năng tìm kiếm sẽ có trong phiên bản tiếp theo.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Bạn sẽ tìm được trong toàn bộ biên bản, văn bản và kết luận của cấp ủy bằng một ô tìm kiếm. Gõ không dấu vẫn tìm được: “hoi nghi” tìm ra “Hội nghị”, “dang uy” tìm ra “Đảng ủy”.&lt;/p&gt;&lt;p&gt;Kết quả sẽ hiện ngay khi gõ, kèm đoạn văn có từ khóa; bấm vào một kết quả để mở cuộc họp hoặc văn bản.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Search comes in the next version.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;One search box will find text in all minutes, documents and conclusions of the committee. Typing without diacritics works: “hoi nghi” finds “Hội nghị”, “dang uy” finds “Đảng ủy”.&lt;/p&gt;&lt;p&gt;Results will appear as you type, with the passage that matches; click a result to open its meeting or document.&lt;/p&gt;</translation>
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
    <name>messages</name>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
