"""The directive column shows the work, not the assignment before it (issue 16, point 4)."""

import pytest

from tui_tracker.task_text import what_to_do


@pytest.mark.parametrize(("text", "work"), [
    ("Giao Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước khu vực XIII và các cơ quan "
     "liên quan rà soát, tham mưu điều chuyển vốn.", "rà soát, tham mưu điều chuyển vốn."),
    ("Giao Sở Nông nghiệp và Môi trường kiểm tra, làm rõ việc xả thải.",
     "kiểm tra, làm rõ việc xả thải."),
    ("Giao Sở Khoa học và Công nghệ và Sở Nội vụ chủ trì, phối hợp với Thanh tra tỉnh rà "
     "soát, báo cáo UBND tỉnh.", "rà soát, báo cáo UBND tỉnh."),
    ("Yêu cầu các sở, ngành, địa phương khẩn trương triển khai.", "khẩn trương triển khai."),
    ("Giao Sở Xây dựng, Sở Tài chính phối hợp với UBND các xã, phường, đặc khu xây dựng kế "
     "hoạch.", "xây dựng kế hoạch."),
    ("Giao Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh khẩn trương lập "
     "phương án.", "khẩn trương lập phương án."),
    ("Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các xã Bình Sơn, Vạn Tường "
     "tham mưu UBND tỉnh.", "tham mưu UBND tỉnh."),
    ("Giao Sở Y tế là cơ quan chủ trì xây dựng đề án.", "xây dựng đề án."),
])
def test_the_assignment_before_the_work_is_dropped(text, work):
    assert what_to_do(text) == work


@pytest.mark.parametrize("text", [
    "Về xử lý tồn tại trước hợp nhất tỉnh",  # a heading
    "Thống nhất chủ trương xử lý tồn tại.",  # no assignment
    "Giao Sở Tài chính.",  # no work named: nothing to show instead
    "Giao các cơ quan liên quan.",
    "",
])
def test_a_text_of_another_shape_is_kept_as_written(text):
    assert what_to_do(text) == text
