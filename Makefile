# Eventwatch: `make run` builds and starts the app, `make test` builds and runs every test.
# Both install the Debian packages they need first.

BUILD_DIR ?= build
SANITIZE_BUILD_DIR ?= build-sanitize
BENCH_BUILD_DIR ?= build-release
PACKAGE_BUILD_DIR ?= build-package
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all deps build run test test-sanitize bench package package-check translations format clean

all: build

deps:
	@scripts/install-deps.sh build test

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DEVENTWATCH_WERROR=ON $(CMAKE_FLAGS)

build: deps $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	@scripts/run-app.sh $(BUILD_DIR)/src/app/eventwatch $(ARGS)

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600

# The test suite built with AddressSanitizer and UndefinedBehaviorSanitizer.
test-sanitize: deps
	cmake -S . -B $(SANITIZE_BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DEVENTWATCH_WERROR=ON \
		-DEVENTWATCH_SANITIZE=ON -DEVENTWATCH_BUILD_BENCH=OFF
	cmake --build $(SANITIZE_BUILD_DIR) -j $(JOBS)
	cd $(SANITIZE_BUILD_DIR) && QT_QPA_PLATFORM=offscreen \
		ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
		UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		ctest --output-on-failure --timeout 900

bench:
	@scripts/install-deps.sh build bench
	cmake -S . -B $(BENCH_BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release -DEVENTWATCH_BUILD_TESTS=OFF
	cmake --build $(BENCH_BUILD_DIR) -j $(JOBS)
	bench/run-ingest.sh $(BENCH_BUILD_DIR)

# The .deb (CPack), built without tests or benchmarks and with Debian's hardening flags:
# $(PACKAGE_BUILD_DIR)/eventwatch_<version>_amd64.deb
DEB_FLAGS = DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get
package:
	@scripts/install-deps.sh build package
	cmake -S . -B $(PACKAGE_BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEVENTWATCH_WERROR=ON \
		-DEVENTWATCH_BUILD_TESTS=OFF -DEVENTWATCH_BUILD_BENCH=OFF \
		-DCMAKE_CXX_FLAGS="$$($(DEB_FLAGS) CPPFLAGS) $$($(DEB_FLAGS) CXXFLAGS)" \
		-DCMAKE_EXE_LINKER_FLAGS="$$($(DEB_FLAGS) LDFLAGS)" $(CMAKE_FLAGS)
	cmake --build $(PACKAGE_BUILD_DIR) -j $(JOBS) --target package

# Installs the .deb into a clean Debian 12 root (debootstrap, kept between runs) and runs it there.
package-check: package
	packaging/check-deb.sh $(PACKAGE_BUILD_DIR)

# Refreshes translations/*.ts from the sources: new messages come in unfinished, removed ones go.
translations: deps $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) --target update_translations

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf $(BUILD_DIR) $(SANITIZE_BUILD_DIR) $(BENCH_BUILD_DIR) $(PACKAGE_BUILD_DIR)
