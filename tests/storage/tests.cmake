# Storage (game/storage): the unit tests run headless as test_storage (tests/CMakeLists.txt);
# here a writer the kill test kills mid-save, built from the storage library alone, and
# the check that the headless libraries stay free of SFML and the app.
add_executable(storage_kill_writer ${CMAKE_CURRENT_LIST_DIR}/kill_writer/kill_writer.cpp)
target_link_libraries(storage_kill_writer PRIVATE sb_storage)

add_dependencies(test_storage storage_kill_writer)
target_compile_definitions(test_storage PRIVATE SB_STORAGE_KILL_WRITER="$<TARGET_FILE:storage_kill_writer>")

add_test(NAME "storage: game/storage includes no SFML"
  COMMAND ${CMAKE_COMMAND} -DDIR=${CMAKE_SOURCE_DIR}/game/storage -P ${CMAKE_CURRENT_LIST_DIR}/check_no_sfml.cmake)
add_test(NAME "text: game/text includes no SFML"
  COMMAND ${CMAKE_COMMAND} -DDIR=${CMAKE_SOURCE_DIR}/game/text -P ${CMAKE_CURRENT_LIST_DIR}/check_no_sfml.cmake)
