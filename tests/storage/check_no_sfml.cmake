# Fails when a file in game/app/storage includes SFML: the storage code stays
# plain C++ so it can move to a headless layer.
file(GLOB_RECURSE files "${DIR}/*.hpp" "${DIR}/*.cpp")
foreach(f ${files})
  file(STRINGS "${f}" hits REGEX "#[ \t]*include[ \t]*[<\"](SFML/|app/[a-z_]+\\.hpp)")
  if(hits)
    message(FATAL_ERROR "${f} includes SFML or the rest of the app: ${hits}")
  endif()
endforeach()
message(STATUS "game/app/storage is plain C++")
