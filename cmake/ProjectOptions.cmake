# Compiler settings shared by every target of the project.
add_library(project_options INTERFACE)
target_compile_options(project_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic>)
target_compile_definitions(project_options INTERFACE
    QT_MESSAGELOGCONTEXT
    EVB_VERSION="${PROJECT_VERSION}")

# The sanitizer build of the suite (run-tests.sh runs it after the normal one). Undefined
# behaviour aborts instead of printing and going on, so a finding fails its test.
option(EVB_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(EVB_SANITIZE)
    target_compile_options(project_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(project_options INTERFACE -fsanitize=address,undefined)
endif()
