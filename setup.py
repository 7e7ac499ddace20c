"""ckanext-ppid: a PPID portal for Indonesian public bodies, built as CKAN extensions."""

from setuptools import find_packages, setup

# The README is the project's front door, with links into docs/; the package index gets this summary of it.
LONG_DESCRIPTION = (
    "**ckanext-ppid** is an open-source portal with which an Indonesian public body (a Pemda with its "
    "OPDs and kecamatan) runs its PPID duties under UU 14/2008 (Keterbukaan Informasi Publik) and Perki "
    "1/2021, built as CKAN 2.12 extensions: the information register (DIP and exempted information), "
    "requests for information on the legal clock, objections and disputes, budgets per OPD as plan "
    "versus actual, and CKAN's dataset search on PostgreSQL without Solr. Bahasa Indonesia first, "
    "English offered."
)

PLUGINS = {
    "ppid": "ckanext.ppid.plugin:PpidPlugin",
    "ppid_search": "ckanext.ppid.search.plugin:PpidSearchPlugin",
    "ppid_requests": "ckanext.ppid.requests.plugin:PpidRequestsPlugin",
    "ppid_budget": "ckanext.ppid.budget.plugin:PpidBudgetPlugin",
}

setup(
    name="ckanext-ppid",
    version="0.1.0",
    description="PPID portal (UU 14/2008, Perki 1/2021) on CKAN, with search on PostgreSQL",
    long_description=LONG_DESCRIPTION,
    long_description_content_type="text/markdown",
    license="AGPL-3.0-or-later",
    python_requires=">=3.10",
    package_dir={
        "ckanext": "ckanext-ppid/ckanext",
        "ckanext.ppid.schemas": "schemas",
        "ckanext.ppid.harvesters": "harvesters",
    },
    packages=[
        # Every directory with an __init__.py under ckanext/ (the namespace itself has none).
        *(f"ckanext.{name}" for name in find_packages("ckanext-ppid/ckanext")),
        "ckanext.ppid.schemas",
        "ckanext.ppid.harvesters",
    ],
    include_package_data=True,
    package_data={
        "ckanext.ppid": [
            "config_declaration.yaml",
            "templates/**/*",
            "public/**/*",
            "i18n/*.pot",
            "i18n/*/LC_MESSAGES/*",
            "migration/**/*",
            "documents/templates/*",
            "assets/**/*",
        ],
        "ckanext.ppid.schemas": ["*.yaml", "*.json"],
    },
    install_requires=[
        "ckan[requirements]==2.12.0",
        "ckanext-scheming==3.1.0",
        "ckanext-harvest==1.6.3",
        "ckanext-dcat==2.4.4",
        "weasyprint==70.0",
        "holidays>=0.109",
        "luqum==1.0.0",
        "openpyxl>=3.1",
        "segno>=1.6",
    ],
    extras_require={
        "test": [
            "pytest",
            "pytest-factoryboy",
            "factory-boy",
            "Faker",
            "responses",
            "freezegun",
            "hypothesis",
            "playwright",
            "aiosmtpd",
            "ruff==0.17.6",
            "Babel",
            "pypdf",
        ],
    },
    entry_points={
        "ckan.plugins": [f"{name} = {target}" for name, target in PLUGINS.items()],
        "babel.extractors": ["ckan = ckan.lib.extract:extract_ckan"],
        "ckan.rdf.profiles": ["ppid_register = ckanext.ppid.register.dcat_profile:PpidRegisterProfile"],
    },
    zip_safe=False,
)
