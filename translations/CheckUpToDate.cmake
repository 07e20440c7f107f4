# CTest check: lupdate over today's sources, run into a copy of the committed .ts files with the same
# options as the update_translations target, must change nothing. Otherwise strings were added,
# changed or removed without updating the .ts files.
#
#   cmake -DCONFIG=<build>/translations/check-up-to-date.cmake -P CheckUpToDate.cmake

include("${CONFIG}")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

set(stale "")
foreach(set_index 1 2)
    set(copies "")
    foreach(ts IN LISTS TS_${set_index})
        get_filename_component(name "${ts}" NAME)
        if(NOT EXISTS "${ts}")
            message(FATAL_ERROR "${ts} does not exist: run `cmake --build ${BUILD_DIR} --target update_translations`.")
        endif()
        file(COPY "${ts}" DESTINATION "${WORK_DIR}")
        list(APPEND copies "${WORK_DIR}/${name}")
    endforeach()
    # The same project description (sources, include paths) the update target uses.
    execute_process(
        COMMAND "${CMAKE_COMMAND}" "-DIN_FILE=${PROJECT_${set_index}}"
                "-DOUT_FILE=${WORK_DIR}/project-${set_index}.json" -P "${GENERATOR}"
        RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "cannot generate the lupdate project from ${PROJECT_${set_index}}")
    endif()
    execute_process(
        COMMAND "${LUPDATE}" -project "${WORK_DIR}/project-${set_index}.json" ${OPTIONS_${set_index}}
                -ts ${copies}
        RESULT_VARIABLE rc
        OUTPUT_VARIABLE out
        ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${rc}):\n${out}\n${err}")
    endif()
    foreach(ts IN LISTS TS_${set_index})
        get_filename_component(name "${ts}" NAME)
        execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${ts}" "${WORK_DIR}/${name}"
                        RESULT_VARIABLE different)
        if(different)
            execute_process(COMMAND "${TS_TOOL}" diff "${ts}" "${WORK_DIR}/${name}"
                            OUTPUT_VARIABLE changes)
            message("${name} is out of date with the sources:\n${changes}")
            list(APPEND stale "${name}")
        endif()
    endforeach()
endforeach()

if(stale)
    message(FATAL_ERROR
        "The translatable strings changed and ${stale} no longer match the sources.\n"
        "Run the update target, translate the new strings, and commit the .ts files:\n"
        "    cmake --build ${BUILD_DIR} --target update_translations\n"
        "(see translations/README.md).")
endif()
message(STATUS "the .ts files match the sources")
