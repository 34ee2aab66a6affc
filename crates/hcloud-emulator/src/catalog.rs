//! The read-only catalogue (`catalog.json`): locations, data centers, server types, images.
//! Each entry keeps its full JSON pre-serialized, so embedding it in responses is a copy.

use std::sync::OnceLock;

use serde_json::Value;
use serde_json::value::RawValue;

use crate::labels::Labels;

pub(crate) struct Item {
    pub id: i64,
    pub name: String,
    pub raw: Box<RawValue>,
}

pub(crate) struct ServerType {
    pub item: Item,
    pub architecture: String,
    pub disk: f64,
    /// (location name, included traffic in bytes)
    pub locations: Vec<(String, i64)>,
}

// `kind`, `created`, `labels` and `deprecated` are for the code that picks images (the
// image list itself filters the served JSON).
#[allow(dead_code)]
pub(crate) struct Image {
    pub item: Item,
    pub architecture: String,
    pub kind: String,
    pub status: String,
    pub created: String,
    pub labels: Labels,
    pub deprecated: bool,
}

pub(crate) struct Catalog {
    pub locations: Vec<Item>,
    pub datacenters: Vec<Item>,
    pub server_types: Vec<ServerType>,
    pub images: Vec<Image>,
}

static CATALOG: OnceLock<Catalog> = OnceLock::new();

pub(crate) fn catalog() -> &'static Catalog {
    CATALOG.get_or_init(load)
}

fn item(v: &Value) -> Item {
    Item {
        id: v["id"].as_i64().expect("catalogue id"),
        name: v["name"].as_str().unwrap_or_default().to_string(),
        raw: serde_json::value::to_raw_value(v).expect("catalogue entry serializes"),
    }
}

fn load() -> Catalog {
    let root: Value = serde_json::from_str(include_str!("catalog.json")).expect("catalog.json is valid JSON");
    let arr = |k: &str| root[k].as_array().cloned().unwrap_or_default();
    Catalog {
        locations: arr("locations").iter().map(item).collect(),
        datacenters: arr("datacenters").iter().map(item).collect(),
        server_types: arr("server_types")
            .iter()
            .map(|v| ServerType {
                item: item(v),
                architecture: v["architecture"].as_str().unwrap_or("x86").to_string(),
                disk: v["disk"].as_f64().unwrap_or(0.0),
                locations: v["prices"]
                    .as_array()
                    .map(|ps| {
                        ps.iter()
                            .map(|p| {
                                (
                                    p["location"].as_str().unwrap_or_default().to_string(),
                                    p["included_traffic"].as_i64().unwrap_or(0),
                                )
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
            })
            .collect(),
        images: arr("images")
            .iter()
            .map(|v| Image {
                item: item(v),
                architecture: v["architecture"].as_str().unwrap_or("x86").to_string(),
                kind: v["type"].as_str().unwrap_or("system").to_string(),
                status: v["status"].as_str().unwrap_or("available").to_string(),
                created: v["created"].as_str().unwrap_or_default().to_string(),
                labels: serde_json::from_value(v["labels"].clone()).unwrap_or_default(),
                deprecated: !v["deprecated"].is_null(),
            })
            .collect(),
    }
}

/// Matches an "ID or name" reference.
fn is_ref(item: &Item, reference: &str) -> bool {
    item.name == reference || reference.parse::<i64>().ok() == Some(item.id)
}

impl Catalog {
    pub fn location(&self, reference: &str) -> Option<usize> {
        self.locations.iter().position(|l| is_ref(l, reference))
    }

    pub fn location_by_name(&self, name: &str) -> Option<usize> {
        self.locations.iter().position(|l| l.name == name)
    }

    pub fn server_type(&self, reference: &str) -> Option<usize> {
        self.server_types.iter().position(|t| is_ref(&t.item, reference))
    }

    /// Finds an image by id, or by name preferring the given architecture.
    pub fn image(&self, reference: &str, architecture: &str) -> Option<usize> {
        if let Ok(id) = reference.parse::<i64>() {
            return self.images.iter().position(|i| i.item.id == id);
        }
        let mut found = None;
        for (idx, img) in self.images.iter().enumerate() {
            if img.item.name == reference {
                if img.architecture == architecture {
                    return Some(idx);
                }
                found.get_or_insert(idx);
            }
        }
        found
    }

    /// Id of the data center to recommend (the first one).
    pub fn recommended_datacenter(&self) -> i64 {
        self.datacenters.first().map_or(1, |d| d.id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads() {
        let c = catalog();
        assert!(c.location("fsn1").is_some());
        assert!(c.location("1").is_some());
        let cax = c.server_type("cax11").unwrap();
        assert_eq!(c.server_types[cax].architecture, "arm");
        let img = c.image("ubuntu-24.04", "arm").unwrap();
        assert_eq!(c.images[img].architecture, "arm");
        let img = c.image("ubuntu-24.04", "x86").unwrap();
        assert_eq!(c.images[img].architecture, "x86");
    }
}
