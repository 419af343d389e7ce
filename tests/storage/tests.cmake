# Storage (game/storage): a writer the kill test kills mid-save, built from
# the storage sources alone (no SFML linked), and a check that they stay headless.
set(SB_STORAGE_SRC_DIR ${CMAKE_SOURCE_DIR}/game/storage)
file(GLOB SB_STORAGE_SOURCES CONFIGURE_DEPENDS ${SB_STORAGE_SRC_DIR}/*.cpp)

add_executable(storage_kill_writer ${CMAKE_CURRENT_LIST_DIR}/kill_writer.cpp ${SB_STORAGE_SOURCES})
target_include_directories(storage_kill_writer PRIVATE ${CMAKE_SOURCE_DIR}/game)

if(TARGET test_app)
  add_dependencies(test_app storage_kill_writer)
  target_compile_definitions(test_app PRIVATE SB_STORAGE_KILL_WRITER="$<TARGET_FILE:storage_kill_writer>")
endif()

add_test(NAME "storage: game/storage includes no SFML"
  COMMAND ${CMAKE_COMMAND} -DDIR=${SB_STORAGE_SRC_DIR} -P ${CMAKE_CURRENT_LIST_DIR}/check_no_sfml.cmake)
add_test(NAME "text: game/text includes no SFML"
  COMMAND ${CMAKE_COMMAND} -DDIR=${CMAKE_SOURCE_DIR}/game/text -P ${CMAKE_CURRENT_LIST_DIR}/check_no_sfml.cmake)

# The same storage tests without SFML or the rest of the app, built only on
# request (e.g. in a sanitizer build dir: --target storage_tests_headless).
file(GLOB SB_STORAGE_TESTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/app/storage_*.cpp)
add_executable(storage_tests_headless EXCLUDE_FROM_ALL ${SB_STORAGE_TESTS} ${SB_STORAGE_SOURCES})
target_include_directories(storage_tests_headless PRIVATE ${CMAKE_SOURCE_DIR}/game)
target_link_libraries(storage_tests_headless PRIVATE sb_catch_main)
target_compile_definitions(storage_tests_headless PRIVATE SB_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
  SB_STORAGE_KILL_WRITER="$<TARGET_FILE:storage_kill_writer>")
add_dependencies(storage_tests_headless storage_kill_writer)
