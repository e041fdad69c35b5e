# Compiler settings shared by every target of the project.
add_library(project_options INTERFACE)
target_compile_options(project_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic>)
target_compile_definitions(project_options INTERFACE
    QT_MESSAGELOGCONTEXT
    EVB_VERSION="${PROJECT_VERSION}")

option(EVB_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(EVB_SANITIZE)
    target_compile_options(project_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(project_options INTERFACE -fsanitize=address,undefined)
endif()
