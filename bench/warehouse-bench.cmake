# Used by bench/run-warehouse-bench.sh as CMAKE_PROJECT_INCLUDE while the
# top-level CMakeLists.txt does not add_subdirectory(bench): defines the same
# target as bench/CMakeLists.txt at the end of the top-level configure.
function(_epidesk_add_warehouse_bench)
  if(NOT TARGET epidesk-warehouse-query-bench)
    add_executable(epidesk-warehouse-query-bench ${CMAKE_SOURCE_DIR}/bench/warehouse_query.cpp)
    target_link_libraries(epidesk-warehouse-query-bench PRIVATE epidesk_connectors epidesk_analytics Qt6::Core)
  endif()
endfunction()
cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL _epidesk_add_warehouse_bench)
