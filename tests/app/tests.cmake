# House rule: game/app's folders include only those before them (see game/app/README.md).
add_test(NAME "house: each game/app folder includes only the folders before it"
  COMMAND ${CMAKE_COMMAND} -DROOT=${CMAKE_SOURCE_DIR} -P ${CMAKE_CURRENT_LIST_DIR}/check_app_includes.cmake)
