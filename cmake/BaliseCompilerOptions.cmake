# Compiler settings shared by every Balise target, applied through balise_set_target_options().

add_library(balise_compile_options INTERFACE)
target_compile_options(balise_compile_options INTERFACE -Wall -Wextra -Wpedantic)
if(BALISE_WERROR)
    target_compile_options(balise_compile_options INTERFACE -Werror)
endif()
target_compile_definitions(balise_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    BALISE_VERSION="${PROJECT_VERSION}")

if(BALISE_ASAN)
    target_compile_options(balise_compile_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
        # GCC 12 reports false "maybe uninitialized" in libstdc++'s <regex> (pulled in by Catch2) once
        # instrumented; the sanitizers themselves check what that warning would.
        -Wno-maybe-uninitialized)
    target_link_options(balise_compile_options INTERFACE -fsanitize=address,undefined)
endif()

if(BALISE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "BALISE_FUZZ needs clang: CC=clang CXX=clang++ cmake -DBALISE_FUZZ=ON …")
    endif()
    # Every library the fuzz targets link is instrumented for coverage guidance and the sanitizers.
    target_compile_options(balise_compile_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(balise_compile_options INTERFACE -fsanitize=address,undefined)
endif()

if(BALISE_TSAN)
    target_compile_options(balise_compile_options INTERFACE -fsanitize=thread -fno-omit-frame-pointer)
    target_link_options(balise_compile_options INTERFACE -fsanitize=thread)
endif()

if(BALISE_COVERAGE)
    target_compile_options(balise_compile_options INTERFACE --coverage -O0)
    target_link_options(balise_compile_options INTERFACE --coverage)
endif()

# One line per test binary: balise_add_test(NAME name SOURCES a.cpp b.cpp LIBS lib...)
function(balise_add_test)
    cmake_parse_arguments(ARG "" "NAME" "SOURCES;LIBS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE balise_test_main ${ARG_LIBS})
    target_precompile_headers(${ARG_NAME} REUSE_FROM balise_test_main)
    # A test name that reaches the runner mangled (a ';' splits it as a CMake list) matches no test,
    # and Catch2 then reports success: --warn NoTests turns "no test ran" into a failure.
    catch_discover_tests(${ARG_NAME}
        TEST_PREFIX "${ARG_NAME}: "
        EXTRA_ARGS --warn NoTests
        PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8"
        DISCOVERY_TIMEOUT 60)
endfunction()
