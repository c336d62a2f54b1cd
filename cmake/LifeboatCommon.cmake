# Settings every Lifeboat target shares: language level, warnings, Qt strictness.
add_library(lifeboat_common INTERFACE)
target_compile_features(lifeboat_common INTERFACE cxx_std_17)
target_compile_options(lifeboat_common INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(lifeboat_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    LIFEBOAT_VERSION="${PROJECT_VERSION}")

# lifeboat_add_test(NAME SOURCES a.cpp ... [LABELS l ...] [LIBS t ...] [GUI] [WRAPPER cmd ...])
# WRAPPER runs the test binary through a command (e.g. a D-Bus session with a keyring).
# One Qt Test class per executable, named for the unit it tests.
function(lifeboat_add_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LABELS;LIBS;WRAPPER" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE lifeboat_common lifeboat_test_support Qt6::Test ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${ARG_WRAPPER} $<TARGET_FILE:${name}>)
    set(env "LIFEBOAT_CLI=$<TARGET_FILE:lifeboat-cli>;LIFEBOAT_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
    if(ARG_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" LABELS "${ARG_LABELS}" TIMEOUT ${ARG_TIMEOUT})
endfunction()
