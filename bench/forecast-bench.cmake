# Used by bench/run-forecast-bench.sh as CMAKE_PROJECT_INCLUDE while the
# top-level CMakeLists.txt does not add_subdirectory(bench): defines the same
# target as bench/CMakeLists.txt at the end of the top-level configure.
function(_epidesk_add_forecast_bench)
  if(NOT TARGET epidesk-forecast-bench)
    add_executable(epidesk-forecast-bench ${CMAKE_SOURCE_DIR}/bench/forecast_accuracy.cpp)
    target_link_libraries(epidesk-forecast-bench PRIVATE epidesk_connectors epidesk_analytics Qt6::Core)
  endif()
endfunction()
cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL _epidesk_add_forecast_bench)
