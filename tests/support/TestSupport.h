#pragma once
namespace lifeboat::test {
}
